import type { NextRequest } from "next/server";
import { getDatasetState } from "@/lib/server/dataset";
import { getWindowData } from "@/lib/server/window";
import { parseWindowParams } from "@/lib/window/params";
import type { WindowResponse } from "@/lib/window/types";
import { queryWindow } from "@/lib/window/window-index";
import { getLinksAmong } from "@/lib/window/window-links";

export const dynamic = "force-dynamic";

/** GET /api/window?from=YYYY-MM-DD&to=YYYY-MM-DD&lanes=a,b&px=1200 → { items, clusters, total, complete, links } */
export async function GET(request: NextRequest) {
  const state = await getDatasetState();
  if (!state.ok) return Response.json({ error: "The data set did not load; see the home page for its problems." }, { status: 503 });
  const window = getWindowData(state.data);
  const parsed = parseWindowParams(request.nextUrl.searchParams, window.index.laneIds);
  if (!parsed.ok) return Response.json({ error: `Malformed window: ${parsed.message}` }, { status: 400 });
  const result = queryWindow(window.index, parsed.query);
  const { eventById } = state.data;
  const items = result.items.map((item) => ({ ...item, actors: eventById.get(item.id)!.actors, tags: eventById.get(item.id)!.tags }));
  const links = getLinksAmong(items.map((item) => item.id), (id) => eventById.get(id)?.related);
  return Response.json({ ...result, items, links } satisfies WindowResponse, {
    headers: { "X-Dataset": window.key },
  });
}
