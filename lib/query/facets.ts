import { queryOptions } from "@tanstack/react-query";
import type { Facets } from "../view/explorer-data";
import { fetchJson } from "./fetch-json";

/** The set's actors and tags (GET /api/facets): asked for once the explorer is interactive, not sent with the page. */
export function facetsQueryOptions(dataset: string) {
  return queryOptions({
    queryKey: ["facets", dataset] as const,
    queryFn: (context) => fetchJson<Facets>("/api/facets", context),
    staleTime: Infinity,
  });
}
