import { getDatasetState } from "@/lib/server/dataset";

export const dynamic = "force-dynamic";

/** Liveness plus whether the data set loaded; used by tests and by whoever deploys it. */
export async function GET() {
  const state = await getDatasetState();
  return Response.json(
    state.ok
      ? { ok: true, dataset: state.data.manifest.id, version: state.data.manifest.version ?? null, events: state.data.events.length }
      : { ok: false, problems: state.problems.length },
  );
}
