import type { Annotation, Expert, Lane, TimelineEvent } from "../schema";
import { eventInterval } from "../time/partial-date";
import { snapshotMs } from "../view/snapshot";
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
}

function appendTo<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexDataset(dataset: Dataset): IndexedDataset {
  const intervalById = new Map(dataset.events.map((event) => [event.id, eventInterval(event)] as const));
  const byId = new Intl.Collator().compare;
  const events = dataset.events
    .map((event) => ({ event, start: intervalById.get(event.id)![0] }))
    .sort((a, b) => a.start - b.start || byId(a.event.id, b.event.id))
    .map(({ event }) => event);
  const annotationsByEvent = new Map<string, Annotation[]>();
  for (const note of dataset.annotations) for (const id of note.anchors.events) appendTo(annotationsByEvent, id, note);
  const incomingById = new Map<string, { id: string; label: string }[]>();
  for (const event of events)
    for (const link of event.related) appendTo(incomingById, link.id, { id: event.id, label: link.label });
  let min = Infinity;
  let max = -Infinity;
  for (const [start, end] of intervalById.values()) {
    if (start < min) min = start;
    if (end > max) max = end;
  }
  const snapshot = snapshotMs(dataset.manifest.asOf);
  if (!Number.isFinite(min)) [min, max] = [snapshot - 365 * 86_400_000, snapshot + 365 * 86_400_000];
  return {
    ...dataset,
    events,
    lanes: [...dataset.manifest.lanes].sort((a, b) => a.order - b.order),
    eventById: new Map(events.map((event) => [event.id, event])),
    expertById: new Map(dataset.manifest.experts.map((expert) => [expert.id, expert])),
    intervalById,
    annotationsByEvent,
    incomingById,
    extent: [min, max],
    snapshotMs: snapshot,
  };
}
