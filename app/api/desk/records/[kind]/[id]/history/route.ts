import { recordHistory } from "@/lib/store/revisions";
import { deskError } from "@/lib/server/desk/guard";
import { recordOf, type RecordParams } from "@/lib/server/desk/params";
import { deskRoute, json } from "@/lib/server/desk/respond";

export const dynamic = "force-dynamic";

/** GET → every revision of the record, newest first, each with what it changed. */
export async function GET(request: Request, { params }: { params: RecordParams }) {
  return deskRoute(request, { role: "editor", write: false }, async ({ db }) => {
    const record = await recordOf(params);
    if (!record.ok) return record.response;
    const history = await recordHistory(db, record.kind, record.id);
    if (history.length === 0) return deskError(404, `There is no ${record.kind} "${record.id}".`);
    return json({ history });
  });
}
