import { deskRoute, json } from "@/lib/server/desk/respond";

export const dynamic = "force-dynamic";

/** GET /api/desk/session → who is signed in, and the token their writes must carry (X-CSRF-Token). */
export async function GET(request: Request) {
  return deskRoute(request, { role: "editor", write: false }, async ({ session }) => json({ account: session.account, csrfToken: session.csrfToken, expiresAt: session.expiresAt }));
}
