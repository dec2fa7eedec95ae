import { loginInput } from "@/lib/desk/api";
import { checkPassword, createSession } from "@/lib/store/accounts";
import { bodyOf, json } from "@/lib/server/desk/respond";
import { deskError, isSameOrigin } from "@/lib/server/desk/guard";
import { loginLimits } from "@/lib/server/desk/login-limits";
import { isSecure, sessionCookie, sessionHours } from "@/lib/server/desk/session";
import { getStore, hasStore } from "@/lib/server/store";

export const dynamic = "force-dynamic";

/** POST /api/desk/login { email, password } → the session cookie and the account; throttled per client and per account. */
export async function POST(request: Request) {
  if (!hasStore()) return deskError(403, "The desk is off: this server reads a directory of files (DATA_DIR), which it never writes.");
  if (!isSameOrigin(request)) return deskError(403, "Refused: sign in from a page of this site.");
  const input = await bodyOf(request, loginInput);
  if (!input.ok) return input.response;
  const { email, password } = input.value;
  const client = request.headers.get("x-snapshots-client") ?? "unknown";
  const account = email.trim().toLowerCase();
  const limits = loginLimits();
  for (const [limiter, key] of [[limits.client, client], [limits.account, account]] as const) {
    const taken = limiter.take(key);
    if (!taken.ok)
      return deskError(429, `Too many sign-in attempts: try again in ${taken.retryAfterSeconds} s.`, {}, { "Retry-After": String(taken.retryAfterSeconds) });
  }
  const db = await getStore();
  const found = await checkPassword(db, email, password);
  if (!found) return deskError(401, "That email and password do not match an account that may sign in.");
  limits.client.refund(client);
  limits.account.refund(account);
  const { token, session } = await createSession(db, found, { hours: sessionHours(), userAgent: request.headers.get("user-agent") ?? "" });
  console.log(`[desk] ${found.email} signed in`);
  return json({ account: session.account, csrfToken: session.csrfToken, expiresAt: session.expiresAt }, 200, { "Set-Cookie": sessionCookie(token, session.expiresAt, isSecure(request)) });
}
