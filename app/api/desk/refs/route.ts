import { readRefs } from "@/lib/store/find";
import { deskRoute, json } from "@/lib/server/desk/respond";

export const dynamic = "force-dynamic";

/** GET → the record's lanes, experts and snapshots as they stand, and how many records have unpublished changes. */
export async function GET(request: Request) {
  return deskRoute(request, { role: "editor", write: false }, async ({ db }) => json({ ...(await readRefs(db)), review: process.env.DESK_REVIEW === "1" }));
}
