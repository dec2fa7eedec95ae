import "server-only";
import type { IndexedDataset } from "../data/index-dataset";
import { toTimelineItem, type TimelineItem } from "../data/items";
import { memoize } from "../data/memo";
import { createEventPredicate, type EventFilter } from "../view/filter-events";
import type { DensityBins, WindowResponse } from "../window/types";
import { createWindowIndex, getDensityBins, queryWindow, WINDOW_ITEM_LIMIT, type WindowIndex, type WindowQuery } from "../window/window-index";
import { getLinksAmong } from "../window/window-links";
import { getNoteAnchors } from "../view/explorer-data";
import type { NoteAnchor, WindowLink } from "../window/types";
import { getDataVersion } from "./data-version";

export interface WindowData {
  index: WindowIndex;
  density: DensityBins;
  /** "id@version#digest": changes whenever the data set does, so cached windows never outlive it. */
  key: string;
  /** Small enough to send whole: the explorer asks once for everything and zooms without asking again. */
  whole: boolean;
  notes: NoteAnchor[];
}


/** The window index and overview density of a loaded data set, built on first use and kept with it. */
export function getWindowData(data: IndexedDataset): WindowData {
  return memoize(data, "window", () => {
    const items = data.events.map(toTimelineItem);
    const laneIds = data.lanes.map((lane) => lane.id);
    return {
      index: createWindowIndex(items, laneIds, data.extent),
      density: getDensityBins(items, laneIds, data.extent),
      key: getDataVersion(data),
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
    return test({ id: item.id, lane: item.lane, start: item.start, actors: event.actors, tags: event.tags });
  };
}

/** One window of a loaded set, as GET /api/window answers it: filtered events, clusters, the notes anchored among them. */
export function getWindowResponse(data: IndexedDataset, query: WindowQuery, filter: EventFilter): WindowResponse {
  const result = queryWindow(getWindowData(data).index, query, WINDOW_ITEM_LIMIT, createItemPredicate(data, filter));
  const shown = new Set(result.items.map((item) => item.id));
  const notes = getWindowData(data).notes.filter((note) =>
    note.eventIds.length > 0 ? note.eventIds.some((id) => shown.has(id)) : note.range !== null && note.range[1] > query.from && note.range[0] < query.to,
  );
  return { ...result, notes };
}

/** The related-event links among a window's events (GET /api/window/links): asked for after first paint. */
export function getWindowLinks(data: IndexedDataset, query: WindowQuery, filter: EventFilter): WindowLink[] {
  const result = queryWindow(getWindowData(data).index, query, WINDOW_ITEM_LIMIT, createItemPredicate(data, filter));
  return getLinksAmong(
    result.items.map((item) => item.id),
    (id) => data.eventById.get(id)?.related,
  );
}
