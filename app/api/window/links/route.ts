import type { NextRequest } from "next/server";
import { getDatasetState } from "@/lib/server/dataset";
import { getExplorerPayload } from "@/lib/server/explorer";
import { getWindowLinks } from "@/lib/server/window";
import { parseWindowParams } from "@/lib/window/params";

export const dynamic = "force-dynamic";

/** GET /api/window/links?(the window's parameters) → the related-event links among the window's events. */
export async function GET(request: NextRequest) {
  const state = await getDatasetState(request.nextUrl.searchParams.get("snapshot"));
  if (!state.ok) return Response.json({ error: "The data set did not load; see the home page for its problems." }, { status: 503 });
  const parsed = parseWindowParams(request.nextUrl.searchParams, getExplorerPayload(state.data).ctx);
  if (!parsed.ok) return Response.json({ error: `Malformed window: ${parsed.message}` }, { status: 400 });
  return Response.json(getWindowLinks(state.data, parsed.query, parsed.filter));
}
