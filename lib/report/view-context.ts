import type { IndexedDataset } from "../data/index-dataset";
import type { ViewContext } from "../view/view-state";

/** What parseViewState needs to know about a data set. */
export function getViewContext(data: IndexedDataset): ViewContext {
  return {
    extent: data.extent,
    laneIds: data.lanes.map((lane) => lane.id),
    expertIds: data.manifest.experts.map((expert) => expert.id),
    hasEvent: (id) => data.eventById.has(id),
  };
}
