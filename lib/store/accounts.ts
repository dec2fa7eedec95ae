import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { StoreError, type Queryable } from "./db";
import { DECOY_HASH, hashPassword, passwordProblem, verifyPassword } from "./password";

export const ROLES = ["editor", "admin"] as const;
export const roleSchema = z.enum(ROLES, { error: "must be editor or admin" });
export type Role = z.infer<typeof roleSchema>;
export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "must be at most 254 characters")
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, "must be an email address");

export interface Account {
  id: number;
  email: string;
  role: Role;
  createdAt: string;
  disabled: boolean;
}

interface AccountRow {
  id: number;
  email: string;
  role: Role;
  password_hash: string;
  created_at: Date;
  disabled_at: Date | null;
}

function toAccount(row: AccountRow): Account {
  return { id: row.id, email: row.email, role: row.role, createdAt: new Date(row.created_at).toISOString(), disabled: row.disabled_at !== null };
}

/** Creates an account, or with `replace` sets an existing one's role and password (and ends its sessions). */
export async function addAccount(db: Queryable, input: { email: string; role: Role; password: string; replace?: boolean }): Promise<{ account: Account; created: boolean }> {
  const email = emailSchema.parse(input.email);
  const problem = passwordProblem(input.password);
  if (problem) throw new StoreError(`password ${problem}`, 400, { field: "password" });
  const hash = await hashPassword(input.password);
  const [existing] = await db.query<AccountRow>("SELECT * FROM account WHERE email = $1", [email]);
  if (existing && !input.replace) throw new StoreError(`an account for ${email} exists already`, 409, { field: "email" });
  if (existing) {
    const [row] = await db.query<AccountRow>("UPDATE account SET role = $2, password_hash = $3, disabled_at = NULL WHERE id = $1 RETURNING *", [existing.id, input.role, hash]);
    await db.query("DELETE FROM session WHERE account_id = $1", [existing.id]);
    return { account: toAccount(row!), created: false };
  }
  const [row] = await db.query<AccountRow>("INSERT INTO account (email, role, password_hash) VALUES ($1, $2, $3) RETURNING *", [email, input.role, hash]);
  return { account: toAccount(row!), created: true };
}

export async function listAccounts(db: Queryable): Promise<(Account & { sessions: number })[]> {
  const rows = await db.query<AccountRow & { sessions: number }>(
    "SELECT a.*, (SELECT count(*)::int FROM session s WHERE s.account_id = a.id AND s.expires_at > now()) AS sessions FROM account a ORDER BY a.email",
  );
  return rows.map((row) => ({ ...toAccount(row), sessions: row.sessions }));
}

/** Disables an account (it can no longer sign in) and ends its sessions. */
export async function disableAccount(db: Queryable, id: number): Promise<Account | null> {
  const [row] = await db.query<AccountRow>("UPDATE account SET disabled_at = coalesce(disabled_at, now()) WHERE id = $1 RETURNING *", [id]);
  await db.query("DELETE FROM session WHERE account_id = $1", [id]);
  return row ? toAccount(row) : null;
}

/** The account a password opens, or null — in the same time whether or not the account exists. */
export async function checkPassword(db: Queryable, emailInput: string, password: string): Promise<Account | null> {
  const email = emailSchema.safeParse(emailInput);
  const [row] = email.success ? await db.query<AccountRow>("SELECT * FROM account WHERE email = $1", [email.data]) : [];
  const ok = await verifyPassword(password, row?.password_hash ?? DECOY_HASH);
  return ok && row && row.disabled_at === null ? toAccount(row) : null;
}

export interface Session {
  account: Account;
  csrfToken: string;
  expiresAt: string;
}

const hashToken = (token: string) => createHash("sha256").update(token).digest("base64url");

/** Starts a session: the token goes in the cookie, only its hash is stored. */
export async function createSession(db: Queryable, account: Account, { hours, userAgent }: { hours: number; userAgent: string }): Promise<{ token: string; session: Session }> {
  const token = randomBytes(32).toString("base64url");
  const csrfToken = randomBytes(24).toString("base64url");
  const [row] = await db.query<{ expires_at: Date }>(
    "INSERT INTO session (token_hash, account_id, csrf_token, expires_at, user_agent) VALUES ($1, $2, $3, now() + make_interval(secs => $4), $5) RETURNING expires_at",
    [hashToken(token), account.id, csrfToken, Math.round(hours * 3600), userAgent.slice(0, 300)],
  );
  // Sessions that ran out are cleared as new ones start.
  await db.query("DELETE FROM session WHERE expires_at < now() - interval '1 day'");
  return { token, session: { account, csrfToken, expiresAt: new Date(row!.expires_at).toISOString() } };
}

/** The live session a cookie's token names: not expired, its account not disabled. */
export async function findSession(db: Queryable, token: string): Promise<Session | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const [row] = await db.query<AccountRow & { csrf_token: string; expires_at: Date; last_seen_at: Date }>(
    `SELECT a.*, s.csrf_token, s.expires_at, s.last_seen_at FROM session s JOIN account a ON a.id = s.account_id
     WHERE s.token_hash = $1 AND s.expires_at > now() AND a.disabled_at IS NULL`,
    [hashToken(token)],
  );
  if (!row) return null;
  if (Date.now() - new Date(row.last_seen_at).getTime() > 60_000) await db.query("UPDATE session SET last_seen_at = now() WHERE token_hash = $1", [hashToken(token)]);
  return { account: toAccount(row), csrfToken: row.csrf_token, expiresAt: new Date(row.expires_at).toISOString() };
}

export async function endSession(db: Queryable, token: string): Promise<void> {
  await db.query("DELETE FROM session WHERE token_hash = $1", [hashToken(token)]);
}

/** Signs an account out everywhere: every session it has ends. */
export async function endAllSessions(db: Queryable, accountId: number): Promise<number> {
  const rows = await db.query("DELETE FROM session WHERE account_id = $1 RETURNING 1", [accountId]);
  return rows.length;
}
