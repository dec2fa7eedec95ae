import { describe, expect, it } from "vitest";
import { addAccount, checkPassword, createSession, disableAccount, endAllSessions, endSession, findSession } from "@/lib/store/accounts";
import { DRIVERS, STORE_TIMEOUT_MS } from "./drivers";

const PASSWORD = "correct horse battery staple";

describe.each(DRIVERS)("accounts and sessions in $name", (driver) => {
  it("stores a password only as a scrypt hash and opens the account with it alone", { timeout: STORE_TIMEOUT_MS }, async () => {
    const db = await driver.fresh();
    const { account } = await addAccount(db, { email: " Ed@Example.org ", role: "editor", password: PASSWORD });
    expect(account).toMatchObject({ email: "ed@example.org", role: "editor", disabled: false });
    const [row] = await db.query<{ password_hash: string }>("SELECT password_hash FROM account");
    expect(row!.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(row!.password_hash).not.toContain(PASSWORD);
    expect(await checkPassword(db, "ed@example.org", PASSWORD)).toMatchObject({ id: account.id });
    expect(await checkPassword(db, "ed@example.org", `${PASSWORD}!`)).toBeNull();
    expect(await checkPassword(db, "nobody@example.org", PASSWORD)).toBeNull();
    await expect(addAccount(db, { email: "short@example.org", role: "editor", password: "short" })).rejects.toThrow(/at least 12/);
  });

  it("keeps sessions by the hash of their token; they end one by one, all at once, or with the account", { timeout: STORE_TIMEOUT_MS }, async () => {
    const db = await driver.fresh();
    const { account } = await addAccount(db, { email: "ed@example.org", role: "admin", password: PASSWORD });
    const a = await createSession(db, account, { hours: 12, userAgent: "test" });
    const b = await createSession(db, account, { hours: 12, userAgent: "test" });
    expect(JSON.stringify(await db.query("SELECT * FROM session"))).not.toContain(a.token);
    expect(await findSession(db, a.token)).toMatchObject({ account: { email: "ed@example.org", role: "admin" }, csrfToken: a.session.csrfToken });
    await endSession(db, a.token);
    expect(await findSession(db, a.token)).toBeNull();
    expect(await findSession(db, b.token)).not.toBeNull();
    const c = await createSession(db, account, { hours: 12, userAgent: "test" });
    expect(await endAllSessions(db, account.id)).toBe(2);
    expect(await findSession(db, b.token)).toBeNull();
    expect(await findSession(db, c.token)).toBeNull();
    const d = await createSession(db, account, { hours: 12, userAgent: "test" });
    await disableAccount(db, account.id);
    expect(await findSession(db, d.token)).toBeNull();
    expect(await checkPassword(db, "ed@example.org", PASSWORD)).toBeNull();
  });

  it("expires a session at its time", { timeout: STORE_TIMEOUT_MS }, async () => {
    const db = await driver.fresh();
    const { account } = await addAccount(db, { email: "ed@example.org", role: "editor", password: PASSWORD });
    const { token } = await createSession(db, account, { hours: 12, userAgent: "test" });
    await db.query("UPDATE session SET expires_at = now() - interval '1 second'");
    expect(await findSession(db, token)).toBeNull();
  });
});
