import "server-only";
import { timingSafeEqual } from "node:crypto";
import { publicOrigin } from "../../http/public-origin";
import type { Role, Session } from "../../store/accounts";
import type { Db } from "../../store/db";
import { getStore, hasStore } from "../store";
import { sessionOf } from "./session";

/** The header a desk page sends its session's CSRF token in. */
export const CSRF_HEADER = "x-csrf-token";

export function deskError(status: number, message: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): Response {
  return Response.json({ error: message, ...extra }, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

/** Whether a write comes from a page of this site: its Origin is this site's (a cross-site form or script is refused). */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin || origin === "null") return false;
  const expected = publicOrigin({ host: request.headers.get("host"), forwardedProto: request.headers.get("x-forwarded-proto") });
  return origin.toLowerCase() === expected.toLowerCase();
}

function sameToken(given: string | null, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export type Guarded = { ok: true; db: Db; session: Session; token: string } | { ok: false; response: Response };

/**
 * What every desk route checks first, in this order: that this server has a store (a file source
 * has no desk, 403); for a write, that it comes from this site (Origin, 403); a live session (401);
 * the role (403); and for a write, the session's CSRF token in X-CSRF-Token (403).
 */
export async function guard(request: Request, { role, write }: { role: Role; write: boolean }): Promise<Guarded> {
  if (!hasStore()) return { ok: false, response: deskError(403, "The desk is off: this server reads a directory of files (DATA_DIR), which it never writes.") };
  if (write && !isSameOrigin(request)) return { ok: false, response: deskError(403, "Refused: a change must come from a page of this site.") };
  const db = await getStore();
  const found = await sessionOf(db, request.headers.get("cookie"));
  if (!found) return { ok: false, response: deskError(401, "Sign in to the desk first.") };
  if (role === "admin" && found.session.account.role !== "admin") return { ok: false, response: deskError(403, "Only an admin may do this.") };
  if (write && !sameToken(request.headers.get(CSRF_HEADER), found.session.csrfToken))
    return { ok: false, response: deskError(403, "Refused: the page's security token is missing or stale. Reload the desk and try again.") };
  return { ok: true, db, session: found.session, token: found.token };
}
