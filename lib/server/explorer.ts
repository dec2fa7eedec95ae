import "server-only";
import type { IndexedDataset } from "../data/index-dataset";
import { getExplorerData, type ExplorerData } from "../view/explorer-data";
import { getWindowData } from "./window";

/** Up to this many events the page ships them all; above it, density bins and windows from /api/window. */
export const FULL_ITEMS_LIMIT = 5000;

const cache = new WeakMap<IndexedDataset, ExplorerData>();

/** What the explorer page hands the client, built once per data set. */
export function getExplorerPayload(data: IndexedDataset): ExplorerData {
  let payload = cache.get(data);
  if (!payload) {
    const large = data.events.length > FULL_ITEMS_LIMIT;
    const window = large ? getWindowData(data) : null;
    payload = getExplorerData(data, window && { key: window.key, total: data.events.length, density: window.density });
    cache.set(data, payload);
  }
  return payload;
}
