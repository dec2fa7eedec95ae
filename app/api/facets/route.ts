import { getDatasetState } from "@/lib/server/dataset";
import { getFacets } from "@/lib/server/explorer";

export const dynamic = "force-dynamic";

/** GET /api/facets → the actors and tags of the data set, most frequent first, for the explorer's filters. */
export async function GET() {
  const state = await getDatasetState();
  if (!state.ok) return Response.json({ error: "The data set could not be loaded" }, { status: 503 });
  return Response.json(getFacets(state.data));
}
