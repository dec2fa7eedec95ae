import { deleteInput, saveInput } from "@/lib/desk/api";
import { checkRecord, getRecord, saveRecord } from "@/lib/store/revisions";
import { deskError } from "@/lib/server/desk/guard";
import { recordOf, type RecordParams } from "@/lib/server/desk/params";
import { bodyOf, deskRoute, json } from "@/lib/server/desk/respond";

export const dynamic = "force-dynamic";

/** GET → the record's latest revision (what the desk edits) and its published one. */
export async function GET(request: Request, { params }: { params: RecordParams }) {
  return deskRoute(request, { role: "editor", write: false }, async ({ db }) => {
    const record = await recordOf(params);
    if (!record.ok) return record.response;
    const state = await getRecord(db, record.kind, record.id);
    if (!state) return deskError(404, `There is no ${record.kind} "${record.id}".`);
    return json(state);
  });
}

/**
 * PUT { base, body, reason } → saves a draft revision. Checked first by data:check's rules (422 with
 * every problem, by field, and nothing saved); refused with both sides' changes (409) when someone
 * saved the record after `base`.
 */
export async function PUT(request: Request, { params }: { params: RecordParams }) {
  return deskRoute(request, { role: "editor", write: true }, async ({ db, session }) => {
    const record = await recordOf(params);
    if (!record.ok) return record.response;
    const input = await bodyOf(request, saveInput);
    if (!input.ok) return input.response;
    const { problems, warnings } = await checkRecord(db, record.kind, record.id, input.value.body);
    if (problems.length > 0) return deskError(422, `Not saved: ${problems.length} field(s) to fix.`, { problems, warnings });
    const started = performance.now();
    const revision = await saveRecord(db, { kind: record.kind, id: record.id, body: input.value.body, base: input.value.base, author: session.account.email, reason: input.value.reason });
    return json({ revision, warnings }, revision.unchanged ? 200 : 201, { "Server-Timing": `save;dur=${(performance.now() - started).toFixed(1)}` });
  });
}

/** DELETE { base, reason } → a revision that deletes the record (a draft until published; restorable). */
export async function DELETE(request: Request, { params }: { params: RecordParams }) {
  return deskRoute(request, { role: "editor", write: true }, async ({ db, session }) => {
    const record = await recordOf(params);
    if (!record.ok) return record.response;
    if (record.kind === "manifest") return deskError(400, "The manifest cannot be deleted.");
    const input = await bodyOf(request, deleteInput);
    if (!input.ok) return input.response;
    const revision = await saveRecord(db, { kind: record.kind, id: record.id, body: null, base: input.value.base, author: session.account.email, reason: input.value.reason });
    return json({ revision });
  });
}
