import { getRevision } from "@/lib/store/revisions";
import { deskError } from "@/lib/server/desk/guard";
import { numberOf } from "@/lib/server/desk/params";
import { deskRoute, json } from "@/lib/server/desk/respond";

export const dynamic = "force-dynamic";

/** GET → one revision: its content, the content before it, and the fields it changed. */
export async function GET(request: Request, { params }: { params: Promise<{ rev: string }> }) {
  return deskRoute(request, { role: "editor", write: false }, async ({ db }) => {
    const rev = numberOf((await params).rev);
    const revision = rev === null ? null : await getRevision(db, rev);
    if (!revision) return deskError(404, "There is no such revision.");
    return json(revision);
  });
}
