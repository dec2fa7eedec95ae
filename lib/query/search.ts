import { queryOptions } from "@tanstack/react-query";
import { toSearchQuery, type SearchRequest } from "../search/request";
import type { SearchResponse } from "../search/run-search";
import { fetchJson } from "./fetch-json";

/** Search results for the explorer's current query and filters (GET /api/search). */
export function searchQueryOptions(request: SearchRequest) {
  const query = toSearchQuery(request).toString();
  return queryOptions({
    queryKey: ["search", query] as const,
    queryFn: (context) => fetchJson<SearchResponse>(`/api/search?${query}`, context),
    enabled: request.q.trim().length > 0,
  });
}
