import type { NextRequest } from "next/server";
import { getDatasetState } from "@/lib/server/dataset";
import { getExplorerPayload } from "@/lib/server/explorer";
import { getWindowData, getWindowResponse } from "@/lib/server/window";
import { parseWindowParams } from "@/lib/window/params";

export const dynamic = "force-dynamic";

/** GET /api/window?from=&to=&px=&lanes=&expert=&actor=&tag=&after=hide → { items, clusters, total, complete, links } */
export async function GET(request: NextRequest) {
  const state = await getDatasetState(request.nextUrl.searchParams.get("snapshot"));
  if (!state.ok) return Response.json({ error: "The data set did not load; see the home page for its problems." }, { status: 503 });
  const window = getWindowData(state.data);
  const parsed = parseWindowParams(request.nextUrl.searchParams, getExplorerPayload(state.data).ctx);
  if (!parsed.ok) return Response.json({ error: `Malformed window: ${parsed.message}` }, { status: 400 });
  return Response.json(getWindowResponse(state.data, parsed.query, parsed.filter), {
    headers: { "X-Dataset": window.key },
  });
}
