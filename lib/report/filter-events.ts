import type { IndexedDataset } from "../data/index-dataset";
import type { TimelineEvent } from "../schema";
import type { TimeDomain } from "../time/scale";
import type { ViewState } from "../view/view-state";

/** Lower-cased words of a free-text query; every one must match. */
export function queryTerms(q: string): string[] {
  return q.toLowerCase().split(/\s+/).filter(Boolean);
}

export function matchesQuery(event: TimelineEvent, terms: readonly string[]): boolean {
  if (terms.length === 0) return true;
  const text = [event.title, event.summary, ...event.actors, ...event.tags].join("\n").toLowerCase();
  return terms.every((term) => text.includes(term));
}

/** Ids of events anchored by the chosen experts' annotations; null when no expert is chosen. */
export function eventsAnchoredBy(data: IndexedDataset, experts: readonly string[]): Set<string> | null {
  if (experts.length === 0) return null;
  const chosen = new Set(experts);
  const ids = new Set<string>();
  for (const note of data.annotations) if (chosen.has(note.expert)) note.anchors.events.forEach((id) => ids.add(id));
  return ids;
}

/** Whether an event's whole [start, end) span touches the window at all. */
export function overlaps(span: readonly [number, number], window: TimeDomain): boolean {
  return span[1] > window[0] && span[0] < window[1];
}

/**
 * The events a view shows, in chronological order: inside the window, in a visible lane,
 * matching the text query and, when experts are chosen, anchored by their commentary.
 */
export function filterViewEvents(data: IndexedDataset, view: Pick<ViewState, "lanes" | "experts" | "q">, window: TimeDomain): TimelineEvent[] {
  const lanes = new Set(view.lanes);
  const terms = queryTerms(view.q);
  const anchored = eventsAnchoredBy(data, view.experts);
  return data.events.filter(
    (event) =>
      lanes.has(event.lane) &&
      overlaps(data.intervalById.get(event.id)!, window) &&
      (anchored === null || anchored.has(event.id)) &&
      matchesQuery(event, terms),
  );
}
