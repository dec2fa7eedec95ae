import type { Annotation, Expert, Lane, TimelineEvent } from "../schema";
import { eventInterval } from "../time/partial-date";
import { snapshotMs } from "../view/snapshot";
import { latestSnapshot, listSnapshots, snapshotIdOf, type ResolvedSnapshot } from "./snapshots";
import type { Dataset } from "./validate";

/** A validated data set with the lookups every view needs, built once. */
export interface IndexedDataset extends Dataset {
  lanes: Lane[];
  eventById: Map<string, TimelineEvent>;
  expertById: Map<string, Expert>;
  /** [start, end) in UTC ms per event id. */
  intervalById: Map<string, [number, number]>;
  annotationsByEvent: Map<string, Annotation[]>;
  /** Events that name this one in their `related` list. */
  incomingById: Map<string, { id: string; label: string }[]>;
  /** [earliest start, latest end] over all events. */
  extent: [number, number];
  /** The snapshot line (end of the as-of day), lib/view/snapshot.ts. */
  snapshotMs: number;
  /** Every commentary snapshot, as listed (lib/data/snapshots.ts). */
  snapshots: ResolvedSnapshot[];
  /**
   * The snapshot shown: `annotations` are its notes, and the manifest's asOf, asOfLabel and asOfNote
   * are its line (the latest, unless withSnapshot chose another).
   */
  snapshot: ResolvedSnapshot;
  /** The notes of every snapshot: what stories may quote. */
  allAnnotations: Annotation[];
}

function appendTo<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** What depends on the snapshot shown: its notes, their lookup by event, and its line. */
function snapshotPart(dataset: Dataset, snapshots: ResolvedSnapshot[], shown: ResolvedSnapshot) {
  const annotations = dataset.annotations.filter((note) => snapshotIdOf(note, snapshots) === shown.id);
  const annotationsByEvent = new Map<string, Annotation[]>();
  for (const note of annotations) for (const id of note.anchors.events) appendTo(annotationsByEvent, id, note);
  const { asOfNote: _note, ...rest } = dataset.manifest;
  void _note;
  const manifest = shown.implicit ? dataset.manifest : { ...rest, asOf: shown.asOf, asOfLabel: shown.asOfLabel, ...(shown.asOfNote ? { asOfNote: shown.asOfNote } : {}) };
  return { manifest, annotations, annotationsByEvent, snapshot: shown, snapshotMs: snapshotMs(shown.asOf) };
}

export function indexDataset(dataset: Dataset): IndexedDataset {
  const intervalById = new Map(dataset.events.map((event) => [event.id, eventInterval(event)] as const));
  const byId = new Intl.Collator().compare;
  const events = dataset.events
    .map((event) => ({ event, start: intervalById.get(event.id)![0] }))
    .sort((a, b) => a.start - b.start || byId(a.event.id, b.event.id))
    .map(({ event }) => event);
  const snapshots = listSnapshots(dataset.manifest);
  const shown = snapshotPart(dataset, snapshots, latestSnapshot(snapshots));
  const incomingById = new Map<string, { id: string; label: string }[]>();
  for (const event of events)
    for (const link of event.related) appendTo(incomingById, link.id, { id: event.id, label: link.label });
  let min = Infinity;
  let max = -Infinity;
  for (const [start, end] of intervalById.values()) {
    if (start < min) min = start;
    if (end > max) max = end;
  }
  if (!Number.isFinite(min)) [min, max] = [shown.snapshotMs - 365 * 86_400_000, shown.snapshotMs + 365 * 86_400_000];
  return {
    ...dataset,
    ...shown,
    events,
    lanes: [...dataset.manifest.lanes].sort((a, b) => a.order - b.order),
    eventById: new Map(events.map((event) => [event.id, event])),
    expertById: new Map(dataset.manifest.experts.map((expert) => [expert.id, expert])),
    intervalById,
    incomingById,
    extent: [min, max],
    snapshots,
    allAnnotations: dataset.annotations,
  };
}

/**
 * The same set showing another snapshot's notes and line (the events and their index shared); the
 * set itself when `id` is its own snapshot or names none.
 */
export function withSnapshot(data: IndexedDataset, id: string): IndexedDataset {
  const chosen = data.snapshots.find((snapshot) => snapshot.id === id);
  if (!chosen || chosen.id === data.snapshot.id) return data;
  const source: Dataset = { manifest: data.manifest, events: data.events, annotations: data.allAnnotations, stories: data.stories };
  return { ...data, ...snapshotPart(source, data.snapshots, chosen) };
}
