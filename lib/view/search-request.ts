import type { SearchRequest } from "../search/params";
import type { ViewState } from "./view-state";

/** The search the view asks for: its text and filters, lanes only when they differ from the default. */
export function getSearchRequest(view: ViewState, defaultLaneIds: readonly string[]): SearchRequest {
  const sameLanes = [...view.lanes].sort().join() === [...defaultLaneIds].sort().join();
  return { q: view.q, lanes: sameLanes ? undefined : view.lanes, expert: view.experts, actor: view.actor, tag: view.tag, hideAfter: view.hideAfter, snapshot: view.snapshot };
}
