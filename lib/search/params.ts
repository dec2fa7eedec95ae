import { z } from "zod";
import { filterParamsShape, MAX_Q } from "../view/view-params";

/** Query parameters of GET /api/search: the text, the view's filters (one schema), a limit. Absent means "no filter"; malformed is an error. */
export const searchParamsSchema = z.object({
  q: z.string().trim().max(MAX_Q, `q must be at most ${MAX_Q} characters`).default(""),
  ...filterParamsShape,
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type SearchParams = z.infer<typeof searchParamsSchema>;

export { toSearchQuery, type SearchRequest } from "./request";

/** Reads URLSearchParams into the schema's input (first value of each key). */
export function parseSearchParams(params: URLSearchParams) {
  const raw: Record<string, string> = {};
  for (const key of ["q", "lanes", "expert", "actor", "tag", "after", "limit"]) {
    const value = params.get(key);
    if (value !== null) raw[key] = value;
  }
  return searchParamsSchema.safeParse(raw);
}
