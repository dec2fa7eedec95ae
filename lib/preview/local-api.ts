import type { IndexedDataset } from "../data/index-dataset";
import type { LocalAnswer } from "../query/fetch-json";
import { idSchema } from "../schema";
import { parseSearchParams } from "../search/params";
import { runSearch } from "../search/run-search";
import { getEventDetail } from "../view/event-detail";
import { getFacetsOf } from "../view/explorer-data";
import { getNoteDetails } from "../view/note-detail";
import { datasetViewContext } from "../view/view-context";
import { idListParam } from "../view/view-params";
import { getWindowLinks, getWindowResponse } from "../window/dataset-window";
import { parseWindowParams } from "../window/params";

/**
 * The explorer's GET API answered in the browser for a set that never left it: the same parsers and the
 * same functions as the route handlers in app/api (window, links, search, event detail, notes, facets),
 * called on the in-browser set. Anything else is refused, never fetched.
 */
export function createLocalApi(data: IndexedDataset): LocalAnswer {
  const ctx = datasetViewContext(data);
  return (pathname, search) => {
    if (pathname === "/api/window" || pathname === "/api/window/links") {
      const parsed = parseWindowParams(search, ctx);
      if (!parsed.ok) throw new Error(`Malformed window: ${parsed.message}`);
      return pathname === "/api/window" ? getWindowResponse(data, parsed.query, parsed.filter) : getWindowLinks(data, parsed.query, parsed.filter);
    }
    if (pathname === "/api/search") {
      const parsed = parseSearchParams(search);
      if (!parsed.success) throw new Error("Invalid search parameters");
      return runSearch(data, parsed.data);
    }
    if (pathname.startsWith("/api/events/")) {
      const id = decodeURIComponent(pathname.slice("/api/events/".length));
      if (!idSchema.safeParse(id).success) throw new Error(`Malformed event id: ${id.slice(0, 80)}`);
      const detail = getEventDetail(data, id);
      if (!detail) throw new Error(`No event with id ${id}`);
      return detail;
    }
    if (pathname === "/api/notes") {
      const ids = idListParam.safeParse(search.get("ids") ?? "");
      if (!ids.success) throw new Error("ids: must be comma-separated ids");
      return getNoteDetails(data, ids.data);
    }
    if (pathname === "/api/facets") return getFacetsOf(data);
    throw new Error(`${pathname} is not available for a file previewed in the browser`);
  };
}
