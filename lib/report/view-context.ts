import type { IndexedDataset } from "../data/index-dataset";
import { getExplorerData } from "../view/explorer-data";
import { createViewContext } from "../view/view-context";
import type { ViewContext } from "../view/view-state";

/** The explorer's own URL context for a data set, so a report accepts exactly the explorer's URLs. */
export function getViewContext(data: IndexedDataset): ViewContext {
  return createViewContext(getExplorerData(data));
}
