import { getDatasetState } from "@/lib/server/dataset";
import { getNoteDetails } from "@/lib/view/note-detail";
import { idListParam } from "@/lib/view/view-params";

export const dynamic = "force-dynamic";

/** GET /api/notes?ids=a,b → the quotes of those annotations, with who said them (at most 64 at a time). */
export async function GET(request: Request) {
  const parsed = idListParam.safeParse(new URL(request.url).searchParams.get("ids") ?? "");
  if (!parsed.success) return Response.json({ error: `ids: ${parsed.error.issues[0]?.message ?? "must be comma-separated ids"}` }, { status: 400 });
  const state = await getDatasetState(new URL(request.url).searchParams.get("snapshot"));
  if (!state.ok) return Response.json({ error: "The data set could not be loaded" }, { status: 503 });
  return Response.json(getNoteDetails(state.data, parsed.data));
}
