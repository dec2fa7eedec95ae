import type { IndexedDataset } from "../data/index-dataset";
import { getExplorerData } from "../view/explorer-data";
import { createViewContext } from "../view/view-context";
import type { ViewContext } from "../view/view-state";

const cache = new WeakMap<IndexedDataset, ViewContext>();

/**
 * The explorer's own URL context for a data set, so a report accepts exactly the explorer's URLs.
 * Built once per data set: the report page and the PDF route ask for it on every request.
 */
export function getViewContext(data: IndexedDataset): ViewContext {
  let ctx = cache.get(data);
  if (!ctx) {
    ctx = createViewContext(getExplorerData(data));
    cache.set(data, ctx);
  }
  return ctx;
}
