import type { IndexedDataset } from "../data/index-dataset";
import type { TimelineEvent } from "../schema";
import { foldText, queryTerms } from "../search/fold";
import { matchEvent } from "../search/search-events";
import type { TimeDomain } from "../time/scale";
import { filterEvents, type EventFilter } from "../view/filter-events";

/** Whether an event's whole [start, end) span touches the window at all. */
export function overlaps(span: readonly [number, number], window: TimeDomain): boolean {
  return span[1] > window[0] && span[0] < window[1];
}

/**
 * The events a report shows, in date order: inside the window, passing the explorer's filters
 * (lanes, experts, actor, tag, hide-after) and, when there is a text query, matching every word of it
 * as the explorer's search does.
 */
export function filterReportEvents(data: IndexedDataset, view: EventFilter & { q: string }, window: TimeDomain): TimelineEvent[] {
  const notes = data.annotations.map((note) => ({ expertId: note.expert, eventIds: note.anchors.events }));
  const candidates = data.events
    .filter((event) => overlaps(data.intervalById.get(event.id)!, window))
    .map((event) => ({ event, id: event.id, lane: event.lane, actors: event.actors, tags: event.tags, start: data.intervalById.get(event.id)![0] }));
  const terms = queryTerms(view.q);
  const phrase = foldText(view.q.trim()).replace(/\s+/g, " ");
  return filterEvents(candidates, view, notes, data.snapshotMs)
    .filter(({ event }) => terms.length === 0 || matchEvent(event, terms, phrase) !== null)
    .map(({ event }) => event);
}
