import { restoreInput } from "@/lib/desk/api";
import { checkRecord, getRevision, saveRecord } from "@/lib/store/revisions";
import { deskError } from "@/lib/server/desk/guard";
import { numberOf } from "@/lib/server/desk/params";
import { bodyOf, deskRoute, json } from "@/lib/server/desk/respond";

export const dynamic = "force-dynamic";

/**
 * POST { base, reason } → saves the revision's content again as the record's newest draft (or deletes
 * the record, if the revision did), over `base`: the same checks as a save, the same refusal when
 * someone saved meanwhile. Publishing it makes it what readers see again.
 */
export async function POST(request: Request, { params }: { params: Promise<{ rev: string }> }) {
  return deskRoute(request, { role: "editor", write: true }, async ({ db, session }) => {
    const rev = numberOf((await params).rev);
    const revision = rev === null ? null : await getRevision(db, rev);
    if (!revision) return deskError(404, "There is no such revision.");
    const input = await bodyOf(request, restoreInput);
    if (!input.ok) return input.response;
    if (revision.body) {
      const { problems } = await checkRecord(db, revision.kind, revision.id, revision.body);
      if (problems.length > 0) return deskError(422, `Revision ${revision.rev} cannot come back as it was: ${problems.length} field(s) no longer pass the checks.`, { problems });
    }
    const reason = input.value.reason || `Restored revision ${revision.rev}`;
    const saved = await saveRecord(db, { kind: revision.kind, id: revision.id, body: revision.body, base: input.value.base, author: session.account.email, reason });
    return json({ revision: saved }, 201);
  });
}
