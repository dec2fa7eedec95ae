import "server-only";
import type { IndexedDataset } from "../data/index-dataset";
import { getExplorerData, getFacetsOf, type ExplorerData, type Facets } from "../view/explorer-data";
import { datasetViewContext } from "../view/view-context";
import type { ViewContext } from "../view/view-state";
import { getWindowData } from "./window";

const cache = new WeakMap<IndexedDataset, { payload: ExplorerData; ctx: ViewContext }>();

/** What the explorer page hands the client, and the URL context of the set: built once per data set. */
export function getExplorerPayload(data: IndexedDataset): { payload: ExplorerData; ctx: ViewContext } {
  let entry = cache.get(data);
  if (!entry) {
    const window = getWindowData(data);
    const payload = getExplorerData(data, { key: window.key, total: data.events.length, whole: window.whole, density: window.density });
    entry = { payload, ctx: datasetViewContext(data) };
    cache.set(data, entry);
  }
  return entry;
}

const facets = new WeakMap<IndexedDataset, Facets>();

/** The set's actors and tags, counted once per data set. */
export function getFacets(data: IndexedDataset): Facets {
  let entry = facets.get(data);
  if (!entry) facets.set(data, (entry = getFacetsOf(data)));
  return entry;
}
