import { exportView } from "@/lib/interop/export-view";
import { getDatasetState } from "@/lib/server/dataset";

export const dynamic = "force-dynamic";

function problem(status: number, message: string, errors: string[] = []) {
  return Response.json({ error: message, errors }, { status, headers: { "Cache-Control": "no-store" } });
}

/**
 * GET /api/export?format=csv|json|timelinejs|ics&from=…&to=…[&lanes][&expert][&q][&actor][&tag][&after=hide]:
 * the events of an explorer view as a download, filtered exactly as its report is.
 */
export async function GET(request: Request) {
  const state = await getDatasetState(new URL(request.url).searchParams.get("snapshot"));
  if (!state.ok) return problem(503, "The data set failed validation; see the home page for the problems.");
  const result = exportView(state.data, Object.fromEntries(new URL(request.url).searchParams));
  if (!result.ok) return problem(400, `Invalid export parameters: ${result.errors.join("; ")}`, result.errors);
  return new Response(result.body, {
    headers: {
      "Content-Type": result.contentType,
      "Content-Disposition": `attachment; filename="${result.fileName}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
