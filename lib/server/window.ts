import "server-only";
import type { IndexedDataset } from "../data/index-dataset";
import { toTimelineItem } from "../data/items";
import { memoize } from "../data/memo";
import type { DensityBins, WindowResponse } from "../window/types";
import { createWindowIndex, getDensityBins, queryWindow, type WindowIndex, type WindowQuery } from "../window/window-index";
import { getLinksAmong } from "../window/window-links";
import { getDataVersion } from "./data-version";

export interface WindowData {
  index: WindowIndex;
  density: DensityBins;
  /** "id@version#digest": changes whenever the data set does, so cached windows never outlive it. */
  key: string;
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
    };
  });
}

/** One window of a loaded set, as GET /api/window answers it: events with actors and tags, clusters, links among them. */
export function getWindowResponse(data: IndexedDataset, query: WindowQuery): WindowResponse {
  const result = queryWindow(getWindowData(data).index, query);
  const { eventById } = data;
  const items = result.items.map((item) => ({ ...item, actors: eventById.get(item.id)!.actors, tags: eventById.get(item.id)!.tags }));
  const links = getLinksAmong(items.map((item) => item.id), (id) => eventById.get(id)?.related);
  return { ...result, items, links };
}
