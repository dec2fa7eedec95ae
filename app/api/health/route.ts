import { getDatasetState } from "@/lib/server/dataset";

export const dynamic = "force-dynamic";

/**
 * Liveness plus which data set is served, for tests and load balancers: 200 while a good set is
 * served (with `pending` problems when a newer set on disk failed and the last good one is kept),
 * 503 while none is. Counts only: the problems themselves are in the server log.
 */
export async function GET() {
  const state = await getDatasetState();
  if (!state.ok) return Response.json({ ok: false, served: null, problems: state.problems.length }, { status: 503, headers: { "Retry-After": "5" } });
  const { data, version, loadedAt, pending, publication } = state;
  return Response.json({
    ok: true,
    served: version,
    dataset: data.manifest.id,
    version: data.manifest.version ?? null,
    events: data.events.length,
    loadedAt: new Date(loadedAt).toISOString(),
    publication,
    pending: pending ? { problems: pending.length } : null,
  });
}
