import { listDrafts } from "@/lib/store/revisions";
import { deskRoute, json } from "@/lib/server/desk/respond";

export const dynamic = "force-dynamic";

/** GET → every record with unpublished changes, and what each change is, field by field. */
export async function GET(request: Request) {
  return deskRoute(request, { role: "editor", write: false }, async ({ db }) => json({ drafts: await listDrafts(db), review: process.env.DESK_REVIEW === "1" }));
}
