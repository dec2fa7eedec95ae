import "server-only";
import type { IndexedDataset } from "../data/index-dataset";
import { memoize } from "../data/memo";
import { getDatasetWindow, type DatasetWindow } from "../window/dataset-window";
import { getDataVersion } from "./data-version";

export { createItemPredicate, getWindowLinks, getWindowResponse } from "../window/dataset-window";

export interface WindowData extends DatasetWindow {
  /** "id@version#digest": changes whenever the data set does, so cached windows never outlive it. */
  key: string;
}

/** The window index and overview density of a loaded data set (lib/window/dataset-window.ts), with its version as key. */
export function getWindowData(data: IndexedDataset): WindowData {
  return memoize(data, "window-data", () => ({ ...getDatasetWindow(data), key: getDataVersion(data) }));
}
