import type { IndexedDataset } from "../data/index-dataset";
import { toTimelineItem, type TimelineItem } from "../data/items";
import { memoize } from "../data/memo";
import { getNoteAnchors } from "../view/explorer-data";
import { createEventPredicate, type EventFilter } from "../view/filter-events";
import type { DensityBins, NoteAnchor, WindowLink, WindowResponse } from "./types";
import { createWindowIndex, getDensityBins, laneItemsInWindow, queryWindow, WINDOW_ITEM_LIMIT, type WindowIndex, type WindowQuery } from "./window-index";
import { getLinksAmong } from "./window-links";

/**
 * A data set as the window query reads it: its index, overview density and note anchors, built once per
 * set. Pure, so the server (lib/server/window.ts, GET /api/window) and a set previewed in the browser
 * answer the explorer's window query with the same functions.
 */
export interface DatasetWindow {
  index: WindowIndex;
  density: DensityBins;
  /** Small enough to send whole: the explorer asks once for everything and zooms without asking again. */
  whole: boolean;
  notes: NoteAnchor[];
}

/** The window index and overview density of a set, built on first use and kept with it. */
export function getDatasetWindow(data: IndexedDataset): DatasetWindow {
  return memoize(data, "window", () => {
    const items = data.events.map(toTimelineItem);
    const laneIds = data.lanes.map((lane) => lane.id);
    return {
      index: createWindowIndex(items, laneIds, data.extent),
      density: getDensityBins(items, laneIds, data.extent),
      whole: items.length <= WINDOW_ITEM_LIMIT,
      notes: getNoteAnchors(data),
    };
  });
}

/** The explorer's filters as a test on the index's items (which carry no actors or tags). */
export function createItemPredicate(data: IndexedDataset, filter: EventFilter): (item: TimelineItem) => boolean {
  const notes = data.annotations.map((note) => ({ expertId: note.expert, eventIds: note.anchors.events }));
  const test = createEventPredicate(filter, notes, data.snapshotMs);
  return (item) => {
    const event = data.eventById.get(item.id)!;
    return test({ id: item.id, lane: item.lane, start: item.start, actors: event.actors, tags: event.tags, event });
  };
}

/** One window of a set, as GET /api/window answers it: filtered events, clusters, the notes anchored among them. */
export function getWindowResponse(data: IndexedDataset, query: WindowQuery, filter: EventFilter): WindowResponse {
  const window = getDatasetWindow(data);
  const result = queryWindow(window.index, query, WINDOW_ITEM_LIMIT, createItemPredicate(data, filter));
  const shown = new Set(result.items.map((item) => item.id));
  const notes = window.notes.filter((note) =>
    note.eventIds.length > 0 ? note.eventIds.some((id) => shown.has(id)) : note.range !== null && note.range[1] > query.from && note.range[0] < query.to,
  );
  return { ...result, notes };
}

/**
 * How many events of a set a window holds under the filters: the `total` getWindowResponse reports, without
 * its clusters. With no filter but the lanes (the usual shared link) no event is looked up at all.
 */
export function countWindow(data: IndexedDataset, query: WindowQuery, filter: EventFilter): number {
  const { index } = getDatasetWindow(data);
  const lanes = query.lanes.length > 0 ? query.lanes : index.laneIds;
  const keep = filter.experts.length > 0 || filter.actor || filter.tag || filter.hideAfter || filter.q.trim() ? createItemPredicate(data, filter) : undefined;
  return lanes.reduce((sum, lane) => sum + laneItemsInWindow(index, lane, query.from, query.to, keep).length, 0);
}

/** The related-event links among a window's events (GET /api/window/links): asked for after first paint. */
export function getWindowLinks(data: IndexedDataset, query: WindowQuery, filter: EventFilter): WindowLink[] {
  const result = queryWindow(getDatasetWindow(data).index, query, WINDOW_ITEM_LIMIT, createItemPredicate(data, filter));
  return getLinksAmong(
    result.items.map((item) => item.id),
    (id) => data.eventById.get(id)?.related,
  );
}
