import { checkInput } from "@/lib/desk/api";
import { checkRecord } from "@/lib/store/revisions";
import { recordOf, type RecordParams } from "@/lib/server/desk/params";
import { bodyOf, deskRoute, json } from "@/lib/server/desk/respond";

export const dynamic = "force-dynamic";

/** POST { body } → the problems and warnings saving it would meet, references included; saves nothing. */
export async function POST(request: Request, { params }: { params: RecordParams }) {
  return deskRoute(request, { role: "editor", write: true }, async ({ db }) => {
    const record = await recordOf(params);
    if (!record.ok) return record.response;
    const input = await bodyOf(request, checkInput);
    if (!input.ok) return input.response;
    return json(await checkRecord(db, record.kind, record.id, input.value.body));
  });
}
