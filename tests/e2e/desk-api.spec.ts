import { request as newRequest } from "@playwright/test";
import { ACCOUNTS, DESK_PASSWORD } from "./desk-accounts";
import { expect, signIn, test, writeHeaders } from "./desk-fixtures";

/** Every route that changes something, with a body it would accept. */
const WRITES: { method: "POST" | "PUT" | "DELETE"; path: string; data: unknown; role: "editor" | "admin" }[] = [
  { method: "PUT", path: "/api/desk/records/event/summit-2026", data: { base: 1, body: {}, reason: "" }, role: "editor" },
  { method: "DELETE", path: "/api/desk/records/event/summit-2026", data: { base: 1, reason: "" }, role: "editor" },
  { method: "POST", path: "/api/desk/records/event/summit-2026/check", data: { body: {} }, role: "editor" },
  { method: "POST", path: "/api/desk/revisions/1/restore", data: { base: 1, reason: "" }, role: "editor" },
  { method: "POST", path: "/api/desk/publish", data: { note: "" }, role: "editor" },
  { method: "POST", path: "/api/desk/logout", data: { everywhere: true }, role: "editor" },
  { method: "POST", path: "/api/desk/accounts", data: { email: "x@example.org", role: "editor", password: "a long enough password" }, role: "admin" },
  { method: "DELETE", path: "/api/desk/accounts/1", data: {}, role: "admin" },
];

/** Every route that reads drafts or accounts: private too. */
const READS: { path: string; role: "editor" | "admin" }[] = [
  { path: "/api/desk/session", role: "editor" },
  { path: "/api/desk/records?kind=event", role: "editor" },
  { path: "/api/desk/records/event/summit-2026", role: "editor" },
  { path: "/api/desk/records/event/summit-2026/history", role: "editor" },
  { path: "/api/desk/revisions/1", role: "editor" },
  { path: "/api/desk/changes", role: "editor" },
  { path: "/api/desk/history", role: "editor" },
  { path: "/api/desk/refs", role: "editor" },
  { path: "/api/desk/accounts", role: "admin" },
];

test.describe("the desk's API without a session", () => {
  for (const route of WRITES)
    test(`${route.method} ${route.path} answers 401 from this site and 403 from another`, async ({ deskUrl, request }) => {
      const ours = await request.fetch(`${deskUrl}${route.path}`, { method: route.method, headers: { origin: deskUrl }, data: route.data });
      expect(ours.status()).toBe(401);
      expect(ours.headers()["cache-control"]).toBe("no-store");
      const theirs = await request.fetch(`${deskUrl}${route.path}`, { method: route.method, headers: { origin: "https://evil.example" }, data: route.data });
      expect(theirs.status()).toBe(403);
    });

  for (const route of READS)
    test(`GET ${route.path} answers 401`, async ({ deskUrl, request }) => {
      const response = await request.get(`${deskUrl}${route.path}`);
      expect(response.status()).toBe(401);
      expect(response.headers()["cache-control"]).toBe("no-store");
    });
});

test.describe("the desk's API with a session", () => {
  test("an editor gets 403 from every admin route, an admin does not", async ({ deskUrl }) => {
    const editor = await newRequest.newContext();
    const csrf = await signIn(editor, deskUrl, ACCOUNTS.editor);
    for (const route of [...WRITES, ...READS.map((r) => ({ ...r, method: "GET" as const, data: undefined }))].filter((r) => r.role === "admin")) {
      const response = await editor.fetch(`${deskUrl}${route.path}`, { method: route.method, headers: writeHeaders(deskUrl, csrf), data: route.data });
      expect(response.status(), `${route.method} ${route.path}`).toBe(403);
    }
    const admin = await newRequest.newContext();
    await signIn(admin, deskUrl, ACCOUNTS.admin);
    const accounts = await admin.get(`${deskUrl}/api/desk/accounts`);
    expect(accounts.status()).toBe(200);
    expect((await accounts.json()).accounts.map((a: { email: string }) => a.email)).toContain(ACCOUNTS.editor);
    await Promise.all([editor.dispose(), admin.dispose()]);
  });

  test("a cross-site POST is refused even with the session cookie, and a write without the page's token too", async ({ deskUrl }) => {
    const editor = await newRequest.newContext();
    const csrf = await signIn(editor, deskUrl, ACCOUNTS.editor);
    const data = { note: "" };
    expect((await editor.post(`${deskUrl}/api/desk/publish`, { headers: { origin: "https://evil.example", "x-csrf-token": csrf }, data })).status()).toBe(403);
    expect((await editor.post(`${deskUrl}/api/desk/publish`, { headers: { "x-csrf-token": csrf }, data })).status()).toBe(403);
    expect((await editor.post(`${deskUrl}/api/desk/publish`, { headers: { origin: deskUrl }, data })).status()).toBe(403);
    expect((await editor.post(`${deskUrl}/api/desk/publish`, { headers: { origin: deskUrl, "x-csrf-token": "x".repeat(csrf.length) }, data })).status()).toBe(403);
    // A form post from another site (no JSON, no token) gets nowhere either.
    const form = await editor.post(`${deskUrl}/api/desk/login`, { headers: { origin: "https://evil.example" }, form: { email: ACCOUNTS.editor, password: DESK_PASSWORD } });
    expect(form.status()).toBe(403);
    await editor.dispose();
  });

  test("the session cookie is HttpOnly and SameSite=Lax, Secure behind a TLS proxy; nothing of the desk is cached", async ({ deskUrl, request }) => {
    const plain = await request.post(`${deskUrl}/api/desk/login`, { headers: { origin: deskUrl }, data: { email: ACCOUNTS.editor, password: DESK_PASSWORD } });
    const cookie = plain.headers()["set-cookie"]!;
    expect(cookie).toMatch(/^snapshots_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax; Expires=/);
    expect(cookie).not.toMatch(/Secure/);
    expect(plain.headers()["cache-control"]).toBe("no-store");
    // What the server sees behind a TLS proxy: the proxy's X-Forwarded-Proto, and the browser's https origin.
    const https = deskUrl.replace(/^http:/, "https:");
    const behindTls = await request.post(`${deskUrl}/api/desk/login`, { headers: { origin: https, "x-forwarded-proto": "https" }, data: { email: ACCOUNTS.editor, password: DESK_PASSWORD } });
    expect(behindTls.status()).toBe(200);
    expect(behindTls.headers()["set-cookie"]).toMatch(/; Secure$/);
    const page = await request.get(`${deskUrl}/desk`);
    expect(page.headers()["cache-control"]).toBe("no-store");
    expect(page.headers()["etag"]).toBeUndefined();
  });

  test("sign-in is throttled per account, whatever the address, and says when to try again", async ({ deskUrl, request }) => {
    const attempt = () => request.post(`${deskUrl}/api/desk/login`, { headers: { origin: deskUrl }, data: { email: ACCOUNTS.throttled, password: "wrong password, again" } });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await attempt()).status());
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const refused = await attempt();
    expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
    expect((await refused.json()).error).toMatch(/Too many sign-in attempts/);
  });

  test("signing out everywhere ends every session of the account", async ({ deskUrl }) => {
    const [one, two] = [await newRequest.newContext(), await newRequest.newContext()];
    const csrf = await signIn(one, deskUrl, ACCOUNTS.second);
    await signIn(two, deskUrl, ACCOUNTS.second);
    expect((await two.get(`${deskUrl}/api/desk/session`)).status()).toBe(200);
    const out = await one.post(`${deskUrl}/api/desk/logout`, { headers: writeHeaders(deskUrl, csrf), data: { everywhere: true } });
    expect(out.status()).toBe(200);
    expect(out.headers()["set-cookie"]).toMatch(/Max-Age=0/);
    expect((await two.get(`${deskUrl}/api/desk/session`)).status()).toBe(401);
    await Promise.all([one.dispose(), two.dispose()]);
  });

  test("a save over a newer revision is refused with both sides' changes; bad input is refused by field", async ({ deskUrl }) => {
    const [first, second] = [await newRequest.newContext(), await newRequest.newContext()];
    const csrf1 = await signIn(first, deskUrl, ACCOUNTS.editor);
    const csrf2 = await signIn(second, deskUrl, ACCOUNTS.second);
    const record = await (await first.get(`${deskUrl}/api/desk/records/event/exercises-2019`)).json();
    const base = record.head.rev as number;
    const body = record.head.body as Record<string, unknown>;
    const saved = await first.put(`${deskUrl}/api/desk/records/event/exercises-2019`, { headers: writeHeaders(deskUrl, csrf1), data: { base, body: { ...body, summary: "A year of exercises on both sides." }, reason: "wider" } });
    expect(saved.status()).toBe(201);
    const stale = await second.put(`${deskUrl}/api/desk/records/event/exercises-2019`, { headers: writeHeaders(deskUrl, csrf2), data: { base, body: { ...body, importance: 2 }, reason: "" } });
    expect(stale.status()).toBe(409);
    const answer = await stale.json();
    expect(answer.error).toMatch(new RegExp(`${ACCOUNTS.editor} saved this event`));
    expect(answer.stale.theirs).toEqual([{ field: "summary", before: "A year of exercises.", after: "A year of exercises on both sides." }]);

    const current = (await saved.json()).revision.rev as number;
    const bad = await second.put(`${deskUrl}/api/desk/records/event/exercises-2019`, {
      headers: writeHeaders(deskUrl, csrf2),
      data: { base: current, body: { ...body, title: "Exercises \u202Egnp.exe", sources: [{ title: "x", publisher: "y", url: "javascript:alert(1)" }] }, reason: "" },
    });
    expect(bad.status()).toBe(422);
    expect((await bad.json()).problems.map((p: { field: string }) => p.field)).toEqual(expect.arrayContaining(["title", "sources.0.url"]));
    const huge = await second.put(`${deskUrl}/api/desk/records/event/exercises-2019`, {
      headers: writeHeaders(deskUrl, csrf2),
      data: { base: current, body: { ...body, summary: "x".repeat(10 * 1024 * 1024) }, reason: "" },
    });
    expect(huge.status()).toBe(413);
    expect((await huge.json()).error).toMatch(/^The request body is 10\.\d MB; this address takes at most 512 KB\.$/);
    await Promise.all([first.dispose(), second.dispose()]);
  });
});
