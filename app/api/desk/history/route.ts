import { listPublications, wholeHistory } from "@/lib/store/revisions";
import { deskRoute, json } from "@/lib/server/desk/respond";
import { numberOf } from "@/lib/server/desk/params";

export const dynamic = "force-dynamic";

/** GET ?before=<rev> → the whole record's revisions, newest first (50 at a time), and its publications. */
export async function GET(request: Request) {
  return deskRoute(request, { role: "editor", write: false }, async ({ db }) => {
    const before = numberOf(new URL(request.url).searchParams.get("before") ?? "") ?? undefined;
    const [revisions, publications] = await Promise.all([wholeHistory(db, { limit: 50, before }), before ? Promise.resolve([]) : listPublications(db, 20)]);
    return json({ revisions, publications });
  });
}
