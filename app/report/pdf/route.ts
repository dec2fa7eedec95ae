import { limitCacheTime } from "@/lib/http/process-slots";
import { markingSchema } from "@/lib/schema";
import { measureReport } from "@/lib/report/limits";
import { reportFileName } from "@/lib/report/period";
import { wholeDays } from "@/lib/view/domain";
import { GateBusyError } from "@/lib/report/render-gate";
import { checkReportIds, PAPERS, parseReportQuery, toReportSearch, type Paper } from "@/lib/report/report-query";
import { storyIdFrom } from "@/lib/story/adhoc";
import { loadExportDeck } from "../../present/export-deck";
import { datasetViewContext } from "@/lib/view/view-context";
import { getDatasetState } from "@/lib/server/dataset";
import { admitRender, clientOf, refusal } from "@/lib/server/render-admission";
import { RenderTimeoutError, renderReportPdf } from "@/lib/server/pdf-renderer";
import { parseViewState } from "@/lib/view/view-state";
import { formatCount } from "@/lib/scene/text";

export const dynamic = "force-dynamic";

/** A finished PDF may be served from the server's cache this long (it names the minute it was made). */
const PDF_CACHE_MS = 10 * 60_000;

function problem(status: number, message: string, errors: string[] = [], headers: Record<string, string> = {}) {
  return Response.json({ error: message, errors }, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

type Checked = { ok: true; search: URLSearchParams; paper: "a4" | "letter"; fileName: string } | { ok: false; response: Response };

/** A story's handout (/report?story=… or ?deck=…): the deck must load; only `paper` may come with it. */
async function checkHandout(raw: Record<string, string>): Promise<Checked> {
  const extra = Object.keys(raw).filter((key) => key !== "story" && key !== "deck" && key !== "paper" && key !== "marking");
  if (extra.length) return { ok: false, response: problem(400, `A handout takes story or deck, paper and marking; not ${extra.join(", ")}.`) };
  const marking = raw.marking === undefined ? null : markingSchema.safeParse(raw.marking);
  if (marking && !marking.success) return { ok: false, response: problem(400, `Invalid handout parameters: marking: ${marking.error.issues[0]!.message}`) };
  const paper = raw.paper ?? "a4";
  if (!(PAPERS as readonly string[]).includes(paper)) return { ok: false, response: problem(400, `Invalid report parameters: paper: must be one of ${PAPERS.join(", ")}`) };
  const loaded = await loadExportDeck({ story: raw.story, deck: raw.deck });
  if (!loaded.ok) return { ok: false, response: problem(loaded.status, loaded.message, loaded.errors, loaded.status === 503 ? { "Retry-After": "5" } : {}) };
  // Pages fall back to the first story; a file names exactly what was asked for.
  if (raw.deck === undefined && loaded.value.story.id !== raw.story) return { ok: false, response: problem(404, `This data set has no story "${raw.story}".`) };
  const search = new URLSearchParams(raw.deck !== undefined ? { deck: raw.deck } : { story: loaded.value.story.id });
  if (paper !== "a4") search.set("paper", paper);
  if (marking?.success) search.set("marking", marking.data);
  return { ok: true, search, paper: paper as Paper, fileName: `${storyIdFrom(loaded.value.story.title)}-handout.pdf` };
}

/** Everything short of rendering: parameters, data, ids, and the size limit. */
async function check(request: Request): Promise<Checked> {
  const raw = Object.fromEntries(new URL(request.url).searchParams);
  if (raw.story !== undefined || raw.deck !== undefined) return checkHandout(raw);
  const parsed = parseReportQuery(raw);
  if (!parsed.ok) return { ok: false, response: problem(400, `Invalid report parameters: ${parsed.errors.join("; ")}`, parsed.errors) };
  const state = await getDatasetState(parsed.query.snapshot);
  if (!state.ok) return { ok: false, response: problem(503, "No data set is loaded; try again shortly.", [], { "Retry-After": "5" }) };
  const { data } = state;
  const ctx = datasetViewContext(data);
  const idErrors = checkReportIds(parsed.query, { lanes: ctx.laneIds, experts: ctx.expertIds, hasEvent: ctx.hasEvent });
  if (idErrors.length) return { ok: false, response: problem(400, `Invalid report parameters: ${idErrors.join("; ")}`, idErrors) };
  const search = toReportSearch(parsed.query);
  const view = parseViewState(search, ctx);
  const size = measureReport(data, view);
  if (!size.ok) {
    const hint = size.suggestion ? ` For example from=${size.suggestion.from}&to=${size.suggestion.to} fits.` : "";
    return {
      ok: false,
      response: problem(413, `This report would list ${formatCount(size.count)} events; one report holds at most ${formatCount(size.limit)}. Choose a shorter period (from, to) or fewer lanes.${hint}`),
    };
  }
  return { ok: true, search, paper: parsed.query.paper, fileName: reportFileName(data.manifest.id, wholeDays(view.domain)) };
}

function pdfHeaders(fileName: string): Record<string, string> {
  return { "Content-Type": "application/pdf", "Content-Disposition": `attachment; filename="${fileName}"`, "Cache-Control": "no-store" };
}

/** HEAD answers what GET would (status, type, file name) without rendering anything. */
export async function HEAD(request: Request) {
  const checked = await check(request);
  if (!checked.ok) return new Response(null, { status: checked.response.status, headers: checked.response.headers });
  return new Response(null, { headers: pdfHeaders(checked.fileName) });
}

/**
 * GET /report/pdf?from=…&to=…[&lanes][&expert][&event][&q][&paper][&orientation]: the report as a PDF file;
 * GET /report/pdf?story=<id>|deck=<shared briefing>[&paper]: a briefing's handout.
 */
export async function GET(request: Request) {
  const checked = await check(request);
  if (!checked.ok) return checked.response;
  const admission = admitRender("pdf", clientOf(request));
  if (!admission.ok) return refusal(admission);
  let rendered = false;
  try {
    const pdf = await renderReportPdf(checked.search, checked.paper);
    rendered = true;
    limitCacheTime(PDF_CACHE_MS);
    return new Response(new Uint8Array(pdf), { headers: pdfHeaders(checked.fileName) });
  } catch (error) {
    if (error instanceof GateBusyError)
      return problem(503, "All report renderers are busy; try again shortly.", [], { "Retry-After": String(error.retryAfterSeconds) });
    rendered = true;
    if (error instanceof RenderTimeoutError) return problem(503, `${error.message}; the renderer was restarted. Try again shortly.`, [], { "Retry-After": "5" });
    console.error("[pdf] render failed:", error);
    return problem(500, "The PDF could not be rendered. Try again, or print /report from the browser.");
  } finally {
    admission.release(rendered);
  }
}
