import "server-only";
import type { IndexedDataset } from "../data/index-dataset";
import { memoize } from "../data/memo";
import { getExplorerData, getFacetsOf, type ExplorerData, type Facets } from "../view/explorer-data";
import { datasetViewContext } from "../view/view-context";
import type { ViewContext } from "../view/view-state";
import { getWindowData } from "./window";

/** What the explorer page hands the client, and the URL context of the set: built once per data set. */
export function getExplorerPayload(data: IndexedDataset): { payload: ExplorerData; ctx: ViewContext } {
  return memoize(data, "explorer-payload", () => {
    const window = getWindowData(data);
    const payload = getExplorerData(data, { key: window.key, total: data.events.length, whole: window.whole, density: window.density });
    return { payload, ctx: datasetViewContext(data) };
  });
}

/** The set's actors and tags, counted once per data set. */
export function getFacets(data: IndexedDataset): Facets {
  return memoize(data, "facets", () => getFacetsOf(data));
}
