import { z } from "zod";
import { parseSearchParams } from "@/lib/search/params";
import { runSearch } from "@/lib/search/run-search";
import { getDatasetState } from "@/lib/server/dataset";

export const dynamic = "force-dynamic";

/** GET /api/search?q=&lanes=&expert=&actor=&tag=&after=hide&limit= → ranked matching events. */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const parsed = parseSearchParams(params);
  if (!parsed.success) {
    return Response.json({ error: "Invalid search parameters", issues: z.flattenError(parsed.error).fieldErrors }, { status: 400 });
  }
  const state = await getDatasetState(params.get("snapshot"));
  if (!state.ok) return Response.json({ error: "The data set could not be loaded" }, { status: 503 });
  return Response.json(runSearch(state.data, parsed.data));
}
