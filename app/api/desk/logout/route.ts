import { logoutInput } from "@/lib/desk/api";
import { endAllSessions, endSession } from "@/lib/store/accounts";
import { bodyOf, deskRoute, json } from "@/lib/server/desk/respond";
import { clearSessionCookie, isSecure } from "@/lib/server/desk/session";

export const dynamic = "force-dynamic";

/** POST /api/desk/logout { everywhere? } → ends this session, or every session of the account. */
export async function POST(request: Request) {
  return deskRoute(request, { role: "editor", write: true }, async ({ db, session, token }) => {
    const input = await bodyOf(request, logoutInput);
    if (!input.ok) return input.response;
    const ended = input.value.everywhere ? await endAllSessions(db, session.account.id) : (await endSession(db, token), 1);
    return json({ ended }, 200, { "Set-Cookie": clearSessionCookie(isSecure(request)) });
  });
}
