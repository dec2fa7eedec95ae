import { renderShareImageSvg, shareFigureWidth } from "@/components/share/share-image";
import { buildScene } from "@/lib/scene/build-scene";
import { getDatasetState } from "@/lib/server/dataset";
import { DEADLINES, renderJob, respondAdmitted } from "@/lib/server/render-job";
import { getExplorerPayload } from "@/lib/server/explorer";
import { createWindowRequest } from "@/lib/view/explorer-view";
import { answerWindowRequest } from "@/lib/view/first-window";
import { createShareCard, SHARE_IMAGE, shareImageQuery } from "@/lib/view/share-card";
import { parseViewState } from "@/lib/view/view-state";
import { createWindowIndex } from "@/lib/window/window-index";
import { countOf } from "@/lib/scene/text";

export const dynamic = "force-dynamic";

/** Parameter order is not a difference: the server's cache key sorts them too. */
function sortedQuery(query: string): string {
  const params = new URLSearchParams(query);
  params.sort();
  return params.toString();
}

/**
 * GET /api/preview.png?(the explorer's parameters): the image a shared link unfurls with, 1200×630. The view's
 * window query is answered as for the explorer's first paint and drawn by the one scene in the slide medium.
 * A query that says more or otherwise than the canonical one (unknown parameters, a list view) is
 * redirected to it, so the server's cache keeps one image per view.
 */
export async function GET(request: Request) {
  const state = await getDatasetState(new URL(request.url).searchParams.get("snapshot"));
  if (!state.ok) return new Response("The data set could not be loaded.\n", { status: 503, headers: { "Content-Type": "text/plain; charset=utf-8", "Retry-After": "5" } });
  const { data } = state;
  const { payload, ctx } = getExplorerPayload(data);
  const url = new URL(request.url);
  const view = parseViewState(url.searchParams, ctx);
  const canonical = shareImageQuery(view, ctx);
  if (sortedQuery(canonical) !== sortedQuery(url.search)) {
    return new Response(null, { status: 308, headers: { Location: `${SHARE_IMAGE.path}${canonical ? `?${canonical}` : ""}` } });
  }
  // Admitted before the figure is laid out: a client past its limit costs nothing more. Rasterised in the render pool.
  return respondAdmitted("preview", request, "The preview image", async () => {
    const card = createShareCard(data, view, ctx);
    const width = shareFigureWidth();
    const response = answerWindowRequest(data, ctx, createWindowRequest(payload, view, width));
    const lanes = view.lanes.flatMap((id) => payload.lanes.filter((lane) => lane.id === id));
    const scene = buildScene({
      medium: "slide",
      width,
      domain: view.domain,
      lanes,
      index: createWindowIndex(response?.items ?? [], lanes.map((lane) => lane.id), payload.bounds),
      clusters: response?.clusters,
      snapshot: payload.hasCommentary ? { ms: payload.asOf.ms, label: payload.asOf.label } : null,
      selectedId: view.event,
    });
    const foot = `${countOf(card.count, "event")} in ${countOf(lanes.length, "lane")}${payload.hasCommentary ? ` · ${payload.asOf.label}` : ""}`;
    const svg = renderShareImageSvg({ title: data.manifest.title, period: card.period, foot, scene });
    const { png } = (await renderJob({ kind: "png", svg, scale: 1 }, DEADLINES.image())) as { png: Uint8Array };
    return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png", "Content-Length": String(png.length) } });
  });
}
