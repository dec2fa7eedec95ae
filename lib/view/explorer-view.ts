import type { TimelineItem } from "../data/items";
import type { WindowRequest } from "../query/window-query";
import type { TimeDomain } from "../time/scale";
import type { WindowResponse } from "../window/types";
import type { ExplorerData } from "./explorer-data";
import type { EventFilter } from "./filter-events";
import type { ViewState } from "./view-state";

/** The view's filters, as the window query, the report and the export take them. */
export function filterOf(view: ViewState): EventFilter {
  return { lanes: view.lanes, experts: view.experts, actor: view.actor, tag: view.tag, hideAfter: view.hideAfter, q: view.q };
}

/** The window query of a view: the server asks it in-process for the first paint, the browser by fetch afterwards. */
export function createWindowRequest(data: Pick<ExplorerData, "window" | "bounds" | "lanes">, view: ViewState, px: number): WindowRequest {
  return {
    dataset: data.window.key,
    domain: view.domain,
    whole: data.window.whole ? data.bounds : null,
    filter: filterOf(view),
    allLanes: data.lanes.map((lane) => lane.id),
    px,
    snapshot: view.snapshot,
  };
}

/**
 * The events of the view: the answer's items that touch the visible window, and how many events that
 * is (counting those folded into clusters whose middle is in the window). The header, the list and the
 * table all read this one count.
 */
export function eventsInView(response: WindowResponse | undefined, domain: TimeDomain): { items: TimelineItem[]; count: number } {
  if (!response) return { items: [], count: 0 };
  const items = response.items.filter((item) => item.end > domain[0] && item.start < domain[1]);
  const clustered = response.clusters.reduce((sum, c) => ((c.start + c.end) / 2 >= domain[0] && (c.start + c.end) / 2 < domain[1] ? sum + c.count : sum), 0);
  return { items, count: items.length + clustered };
}
