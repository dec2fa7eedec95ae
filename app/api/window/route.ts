import type { NextRequest } from "next/server";
import { getDatasetState } from "@/lib/server/dataset";
import { getWindowData, getWindowResponse } from "@/lib/server/window";
import { parseWindowParams } from "@/lib/window/params";

export const dynamic = "force-dynamic";

/** GET /api/window?from=YYYY-MM-DD&to=YYYY-MM-DD&lanes=a,b&px=1200 → { items, clusters, total, complete, links } */
export async function GET(request: NextRequest) {
  const state = await getDatasetState();
  if (!state.ok) return Response.json({ error: "The data set did not load; see the home page for its problems." }, { status: 503 });
  const window = getWindowData(state.data);
  const parsed = parseWindowParams(request.nextUrl.searchParams, window.index.laneIds);
  if (!parsed.ok) return Response.json({ error: `Malformed window: ${parsed.message}` }, { status: 400 });
  return Response.json(getWindowResponse(state.data, parsed.query), {
    headers: { "X-Dataset": window.key },
  });
}
