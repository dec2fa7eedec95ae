import type { IndexedDataset } from "../data/index-dataset";
import type { TimelineEvent } from "../schema";
import type { TimeDomain } from "../time/scale";
import { filterEvents, type EventFilter } from "../view/filter-events";

/** Whether an event's whole [start, end) span touches the window at all. */
export function overlaps(span: readonly [number, number], window: TimeDomain): boolean {
  return span[1] > window[0] && span[0] < window[1];
}

/**
 * The events a report shows, in date order: inside the window and passing the view's filters — lanes,
 * experts, actor, tag, hide-after and the search filter (`q`), exactly as the explorer draws them.
 */
export function filterReportEvents(data: IndexedDataset, view: EventFilter, window: TimeDomain): TimelineEvent[] {
  const notes = data.annotations.map((note) => ({ expertId: note.expert, eventIds: note.anchors.events }));
  const candidates = data.events
    .filter((event) => overlaps(data.intervalById.get(event.id)!, window))
    .map((event) => ({ event, id: event.id, lane: event.lane, actors: event.actors, tags: event.tags, start: data.intervalById.get(event.id)![0] }));
  return filterEvents(candidates, view, notes, data.snapshotMs).map(({ event }) => event);
}
