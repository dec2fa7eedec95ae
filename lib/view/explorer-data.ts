import type { IndexedDataset } from "../data/index-dataset";
import { toTimelineItem, type TimelineItem } from "../data/items";
import type { Expert } from "../schema";
import { partialDateInterval } from "../time/partial-date";
import type { TimeDomain } from "../time/scale";
import type { DensityBins } from "../window/types";
import { createExcerpt, getInitials } from "./excerpt";

export interface Facet {
  name: string;
  count: number;
}

/** A timeline item plus what the shell filters on. */
export interface ExplorerItem extends TimelineItem {
  actors: string[];
  tags: string[];
}

/** An annotation as a chart callout needs it: who, a short excerpt, and what it is anchored to. */
export interface NoteAnchor {
  id: string;
  expertId: string;
  /** "AS" for Alam Saleh. */
  initials: string;
  expertName: string;
  excerpt: string;
  eventIds: string[];
  /** Anchored date range [start, end) in UTC ms, when the annotation has one. */
  range: TimeDomain | null;
}

/** A note as the explorer's panels show it: the callout's fields plus the whole quote and its theme. */
export interface ExplorerNote extends NoteAnchor {
  quote: string;
  theme: string;
}

/** For a set too large to ship whole: the overview's density; the chart fetches windows of events. */
export interface ExplorerWindow {
  /** "id@version" of the data set, part of every window query key. */
  key: string;
  total: number;
  density: DensityBins;
}

/** The trimmed, serialisable bundle the server hands the client explorer. */
export interface ExplorerData {
  title: string;
  description: string;
  asOf: { iso: string; ms: number; label: string };
  extent: TimeDomain;
  items: ExplorerItem[];
  lanes: { id: string; label: string; colour: string }[];
  experts: Expert[];
  notes: ExplorerNote[];
  /** Related-event links, read from `from`'s point of view. */
  links: { from: string; to: string; label: string }[];
  facets: { actors: Facet[]; tags: Facet[] };
  /** Set for large data sets: then `items` and `links` are empty and come window by window from /api/window. */
  window: ExplorerWindow | null;
}

/** Counts of each value, most frequent first, then by name. */
export function countFacets(values: readonly (readonly string[])[]): Facet[] {
  const counts = new Map<string, number>();
  for (const list of values) for (const value of list) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

export function getExplorerData(data: IndexedDataset, window: ExplorerWindow | null = null): ExplorerData {
  const { manifest } = data;
  const expertName = new Map(manifest.experts.map((expert) => [expert.id, expert.name]));
  return {
    title: manifest.title,
    description: manifest.description,
    asOf: { iso: manifest.asOf, ms: data.asOfMs, label: manifest.asOfLabel ?? `Commentary as of ${manifest.asOf}` },
    extent: data.extent,
    items: window ? [] : data.events.map((event) => ({ ...toTimelineItem(event), actors: event.actors, tags: event.tags })),
    lanes: data.lanes.map(({ id, label, colour }) => ({ id, label, colour })),
    experts: manifest.experts,
    notes: data.annotations.map((note) => {
      const name = expertName.get(note.expert) ?? note.expert;
      const range = note.anchors.range;
      return {
        id: note.id,
        expertId: note.expert,
        initials: getInitials(name),
        expertName: name,
        excerpt: createExcerpt(note.quote),
        eventIds: note.anchors.events,
        range: range ? [partialDateInterval(range.from)[0], partialDateInterval(range.to)[1]] : null,
        quote: note.quote,
        theme: note.theme,
      };
    }),
    links: window ? [] : data.events.flatMap((event) => event.related.map((link) => ({ from: event.id, to: link.id, label: link.label }))),
    facets: { actors: countFacets(data.events.map((e) => e.actors)), tags: countFacets(data.events.map((e) => e.tags)) },
    window,
  };
}
