import { hasCommentary, latestSnapshot } from "../data/snapshots";
import type { IndexedDataset } from "../data/index-dataset";
import type { Expert } from "../schema";
import type { NoteAnchor } from "../window/types";
import { partialDateInterval } from "../time/partial-date";
import type { TimeDomain } from "../time/scale";
import type { DensityBins } from "../window/types";
import { boundsOf } from "./domain";
import { noteExpert, noteHeadline } from "./note-detail";
import { noteWritten } from "./note-written";
import { snapshotLabel } from "./snapshot";
import { datasetViewContext } from "./view-context";

export interface Facet {
  name: string;
  count: number;
}

export interface Facets {
  actors: Facet[];
  tags: Facet[];
}

/** The actors and tags of a set with their counts. */
export function getFacetsOf(data: IndexedDataset): Facets {
  return { actors: countFacets(data.events.map((e) => e.actors)), tags: countFacets(data.events.map((e) => e.tags)) };
}

export type { NoteAnchor } from "../window/types";

/** How the explorer reads events: always through the window query; a small set is answered whole. */
export interface ExplorerWindow {
  /** "id@version" of the data set, part of every window query key. */
  key: string;
  total: number;
  /** The set is small enough to ask for once, whole. */
  whole: boolean;
  density: DensityBins;
}

/** The trimmed, serialisable bundle the server hands the client explorer: what the first window needs and no more. */
export interface ExplorerData {
  title: string;
  description: string;
  /** Whether the set has expert commentary in any snapshot: the commentary's UI (its heading, the snapshot line, "hide events after it", the snapshot menu) shows only then. */
  hasCommentary: boolean;
  /** The snapshot line: `ms` is the end of the as-of day (lib/view/snapshot.ts). */
  asOf: { iso: string; ms: number; label: string };
  extent: TimeDomain;
  bounds: TimeDomain;
  /** The window a bare URL opens on. */
  defaultDomain: TimeDomain;
  lanes: { id: string; label: string; colour: string }[];
  experts: Expert[];
  /** The headline events (importance 3), offered as places to jump to. */
  keyEvents: { id: string; title: string; start: number; end: number }[];
  window: ExplorerWindow;
  /** The commentary snapshots a reader may switch between, and which is shown. */
  commentary: ExplorerCommentary;
}

export interface SnapshotSummary {
  id: string;
  title: string;
  /** The snapshot line's label. */
  label: string;
  asOf: string;
  source?: { title: string; publisher: string; url: string };
}

export interface ExplorerCommentary {
  shown: string;
  latest: string;
  /** Latest first. */
  snapshots: SnapshotSummary[];
}

/** The set's snapshots for the explorer: which is shown, which is the latest, each with its line and source. */
export function getCommentary(data: IndexedDataset): ExplorerCommentary {
  const snapshots = [...data.snapshots]
    .map((snapshot, order) => ({ snapshot, order }))
    .sort((a, b) => (a.snapshot.asOf === b.snapshot.asOf ? b.order - a.order : a.snapshot.asOf < b.snapshot.asOf ? 1 : -1))
    .map(({ snapshot: { id, title, asOfLabel, asOf, source } }) => ({ id, title, label: asOfLabel, asOf, ...(source ? { source: { title: source.title, publisher: source.publisher, url: source.url } } : {}) }));
  return { shown: data.snapshot.id, latest: latestSnapshot(data.snapshots).id, snapshots };
}

/** Counts of each value, most frequent first, then by name. */
export function countFacets(values: readonly (readonly string[])[]): Facet[] {
  const counts = new Map<string, number>();
  for (const list of values) for (const value of list) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/** The notes of a data set as anchors: fixed times and importance, so their callouts hold still. */
export function getNoteAnchors(data: IndexedDataset): NoteAnchor[] {
  return data.annotations.map((note) => {
    const range = note.anchors.range;
    const interval: TimeDomain | null = range ? [partialDateInterval(range.from)[0], partialDateInterval(range.to)[1]] : null;
    const first = note.anchors.events[0] ? data.intervalById.get(note.anchors.events[0]) : undefined;
    return {
      id: note.id,
      expertId: note.expert,
      expertName: noteExpert(data, note.expert).name,
      headline: noteHeadline(note),
      eventIds: note.anchors.events,
      range: interval,
      at: first ? (first[0] + first[1]) / 2 : (interval?.[0] ?? data.snapshotMs),
      importance: Math.max(1, ...note.anchors.events.map((id) => data.eventById.get(id)?.importance ?? 1)),
      written: noteWritten(data, note).label,
    };
  });
}

export function getExplorerData(data: IndexedDataset, window: ExplorerWindow): ExplorerData {
  const { manifest } = data;
  return {
    title: manifest.title,
    description: manifest.description,
    hasCommentary: hasCommentary(data),
    asOf: { iso: manifest.asOf, ms: data.snapshotMs, label: snapshotLabel(manifest) },
    extent: data.extent,
    bounds: boundsOf(data.extent),
    defaultDomain: datasetViewContext(data).defaultDomain!,
    lanes: data.lanes.map(({ id, label, colour }) => ({ id, label, colour })),
    experts: manifest.experts,
    keyEvents: data.events
      .filter((event) => event.importance >= 3)
      .slice(0, 40)
      .map((event) => ({ id: event.id, title: event.title, start: data.intervalById.get(event.id)![0], end: data.intervalById.get(event.id)![1] })),
    window,
    commentary: getCommentary(data),
  };
}
