import { GateBusyError } from "@/lib/report/render-gate";
import { renderReportPdf } from "@/lib/server/pdf-renderer";
import { reportFileName, reportWindow } from "@/lib/report/period";
import { checkReportIds, parseReportQuery, toReportSearch } from "@/lib/report/report-query";
import { datasetViewContext } from "@/lib/view/view-context";
import { getDatasetState } from "@/lib/server/dataset";
import { parseViewState } from "@/lib/view/view-state";

export const dynamic = "force-dynamic";

function problem(status: number, message: string, errors: string[] = [], headers: Record<string, string> = {}) {
  return Response.json({ error: message, errors }, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

/** GET /report/pdf?from=…&to=…[&lanes][&expert][&event][&q][&paper][&orientation]: the report as a PDF file. */
export async function GET(request: Request) {
  const raw = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = parseReportQuery(raw);
  if (!parsed.ok) return problem(400, `Invalid report parameters: ${parsed.errors.join("; ")}`, parsed.errors);
  const state = await getDatasetState();
  if (!state.ok) return problem(503, "The data set failed validation; see the home page for the problems.");
  const { data } = state;
  const ctx = datasetViewContext(data);
  const idErrors = checkReportIds(parsed.query, { lanes: ctx.laneIds, experts: ctx.expertIds, hasEvent: ctx.hasEvent });
  if (idErrors.length) return problem(400, `Invalid report parameters: ${idErrors.join("; ")}`, idErrors);
  const search = toReportSearch(parsed.query);
  const window = reportWindow(parseViewState(search, ctx).domain);
  try {
    const pdf = await renderReportPdf(search, parsed.query.paper);
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${reportFileName(data.manifest.id, window)}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof GateBusyError)
      return problem(503, "All report renderers are busy; try again shortly.", [], { "Retry-After": String(error.retryAfterSeconds) });
    console.error("report pdf failed:", error);
    return problem(500, "The PDF could not be rendered. Try again, or print /report from the browser.");
  }
}
