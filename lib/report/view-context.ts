import type { IndexedDataset } from "../data/index-dataset";
import { memoize } from "../data/memo";
import { countFacets } from "../view/explorer-data";
import { createViewContext } from "../view/view-context";
import type { ViewContext } from "../view/view-state";

/**
 * The explorer's own URL context for a data set, so a report accepts exactly the explorer's URLs.
 * Built once per data set (the report page and the PDF route ask for it on every request), from the
 * set's lookups rather than the explorer's payload, which for a large set would mean a copy of every event.
 */
export function getViewContext(data: IndexedDataset): ViewContext {
  return memoize(data, "report-view-context", () => {
    const base = createViewContext({
      extent: data.extent,
      lanes: data.lanes,
      experts: data.manifest.experts,
      items: [],
      notes: data.annotations,
      facets: { actors: countFacets(data.events.map((e) => e.actors)), tags: countFacets(data.events.map((e) => e.tags)) },
      window: null,
    });
    return { ...base, hasEvent: (id: string) => data.eventById.has(id) };
  });
}
