import { z } from "zod";
import { filterParamsShape, MAX_Q } from "../view/view-params";

/** Query parameters of GET /api/search: the text, the view's filters (one schema), a limit. Absent means "no filter"; malformed is an error. */
export const searchParamsSchema = z.object({
  q: z.string().trim().max(MAX_Q, `q must be at most ${MAX_Q} characters`).default(""),
  ...filterParamsShape,
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type SearchParams = z.infer<typeof searchParamsSchema>;

/** The request a client sends: the same fields, unparsed. */
export interface SearchRequest {
  q: string;
  lanes?: readonly string[];
  expert?: readonly string[];
  actor?: string | null;
  tag?: string | null;
  hideAfter?: boolean;
  /** An earlier commentary snapshot (read by the route beside the schema's fields). */
  snapshot?: string | null;
}

/** Canonical query string for a search request (stable order, empty fields left out). */
export function toSearchQuery(request: SearchRequest): URLSearchParams {
  const params = new URLSearchParams({ q: request.q });
  if (request.lanes?.length) params.set("lanes", request.lanes.join(","));
  if (request.expert?.length) params.set("expert", request.expert.join(","));
  if (request.actor) params.set("actor", request.actor);
  if (request.tag) params.set("tag", request.tag);
  if (request.hideAfter) params.set("after", "hide");
  if (request.snapshot) params.set("snapshot", request.snapshot);
  return params;
}

/** Reads URLSearchParams into the schema's input (first value of each key). */
export function parseSearchParams(params: URLSearchParams) {
  const raw: Record<string, string> = {};
  for (const key of ["q", "lanes", "expert", "actor", "tag", "after", "limit"]) {
    const value = params.get(key);
    if (value !== null) raw[key] = value;
  }
  return searchParamsSchema.safeParse(raw);
}
