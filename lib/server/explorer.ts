import "server-only";
import type { IndexedDataset } from "../data/index-dataset";
import { memoize } from "../data/memo";
import { getExplorerData, type ExplorerData } from "../view/explorer-data";
import { getWindowData } from "./window";

/** Up to this many events the page ships them all; above it, density bins and windows from /api/window. */
export const FULL_ITEMS_LIMIT = 5000;


/** What the explorer page hands the client, built once per data set. */
export function getExplorerPayload(data: IndexedDataset): ExplorerData {
  return memoize(data, "explorer-payload", () => {
    const large = data.events.length > FULL_ITEMS_LIMIT;
    const window = large ? getWindowData(data) : null;
    return getExplorerData(data, window && { key: window.key, total: data.events.length, density: window.density });
  });
}
