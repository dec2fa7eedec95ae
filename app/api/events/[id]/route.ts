import { idSchema } from "@/lib/schema";
import { getDatasetState } from "@/lib/server/dataset";
import { getEventDetail } from "@/lib/view/event-detail";

export const dynamic = "force-dynamic";

/** GET /api/events/[id] → the event with related events and anchored commentary resolved. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!idSchema.safeParse(id).success) return Response.json({ error: `Malformed event id: ${id.slice(0, 80)}` }, { status: 400 });
  const state = await getDatasetState(new URL(request.url).searchParams.get("snapshot"));
  if (!state.ok) return Response.json({ error: "The data set could not be loaded" }, { status: 503 });
  const detail = getEventDetail(state.data, id);
  if (!detail) return Response.json({ error: `No event with id ${id}` }, { status: 404 });
  return Response.json(detail);
}
