/** A search as the browser asks for it (GET /api/search); params.ts is its schema on the server. No schema here, so the explorer's script carries none. */

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
