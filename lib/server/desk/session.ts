import "server-only";
import { findSession, type Session } from "../../store/accounts";
import { isSecureRequest } from "../../http/secure-request";
import type { Db } from "../../store/db";
import { envPositive } from "../../http/env-number";

/** The session cookie: HttpOnly, SameSite=Lax, Path=/, Secure behind TLS. Its value is the session's token. */
export const SESSION_COOKIE = "snapshots_session";

/** How long a session lasts from sign-in (SESSION_HOURS, default 12). */
export function sessionHours(): number {
  return Math.min(envPositive("SESSION_HOURS", 12), 24 * 30);
}

export function isSecure(request: Request): boolean {
  return isSecureRequest(request.headers.get("x-forwarded-proto"));
}

export function sessionCookie(token: string, expiresAt: string, secure: boolean): string {
  return [`${SESSION_COOKIE}=${token}`, "Path=/", "HttpOnly", "SameSite=Lax", `Expires=${new Date(expiresAt).toUTCString()}`, ...(secure ? ["Secure"] : [])].join("; ");
}

export function clearSessionCookie(secure: boolean): string {
  return [`${SESSION_COOKIE}=`, "Path=/", "HttpOnly", "SameSite=Lax", "Max-Age=0", ...(secure ? ["Secure"] : [])].join("; ");
}

/** The token in the request's session cookie, if any. */
export function sessionToken(cookieHeader: string | null): string | null {
  for (const part of (cookieHeader ?? "").split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name === SESSION_COOKIE) return value.join("=") || null;
  }
  return null;
}

export async function sessionOf(db: Db, cookieHeader: string | null): Promise<{ token: string; session: Session } | null> {
  const token = sessionToken(cookieHeader);
  if (!token) return null;
  const session = await findSession(db, token);
  return session ? { token, session } : null;
}
