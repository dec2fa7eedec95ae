import "server-only";
import type { IndexedDataset } from "../data/index-dataset";
import { toTimelineItem } from "../data/items";
import type { DensityBins } from "../window/types";
import { createWindowIndex, getDensityBins, type WindowIndex } from "../window/window-index";

export interface WindowData {
  index: WindowIndex;
  density: DensityBins;
  /** "id@version": changes whenever the data set does, so cached windows never outlive it. */
  key: string;
}

const cache = new WeakMap<IndexedDataset, WindowData>();

/** The window index and overview density of a loaded data set, built on first use and kept with it. */
export function getWindowData(data: IndexedDataset): WindowData {
  let entry = cache.get(data);
  if (!entry) {
    const items = data.events.map(toTimelineItem);
    const laneIds = data.lanes.map((lane) => lane.id);
    entry = {
      index: createWindowIndex(items, laneIds, data.extent),
      density: getDensityBins(items, laneIds, data.extent),
      key: `${data.manifest.id}@${data.manifest.version ?? data.events.length}`,
    };
    cache.set(data, entry);
  }
  return entry;
}
