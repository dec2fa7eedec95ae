import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { DESK_PORT, REVIEW_DESK_PORT } from "../../playwright.config";
import { startNext, type NextServer } from "../../scripts/next-server";
import { testDeadline } from "../deadline";
import { ACCOUNTS, DESK_PASSWORD } from "./desk-accounts";

/**
 * The desk's specs share one server for the whole run (a worker fixture): the production build on a
 * new embedded store seeded from tests/fixtures/desk, with the test accounts (tests/e2e/desk-server.ts).
 */
function deskServer(port: number, env: Record<string, string> = {}) {
  return async ({}, provide: (server: NextServer) => Promise<void>) => {
    const server = await startNext(port, null, {
      entry: "tests/e2e/desk-server.ts",
      startTimeoutMs: testDeadline(120_000),
      // One proxy in front is believed (X-Forwarded-Proto https makes the cookie Secure); sign-ins unthrottled per address, throttled per account.
      env: { DATA_DIR: "", TRUST_PROXY_HOPS: "1", LOGIN_BURST: "1000", LOGIN_PER_MINUTE: "1000", ...env },
    });
    await provide(server);
    await server.stop();
  };
}

export const test = base.extend<{ deskUrl: string; reviewDeskUrl: string }, { desk: NextServer; reviewDesk: NextServer }>({
  desk: [deskServer(DESK_PORT), { scope: "worker", timeout: testDeadline(150_000) }],
  /** A second desk server, with review on (DESK_REVIEW=1), on a store of its own: started only by the specs that ask for it. */
  reviewDesk: [deskServer(REVIEW_DESK_PORT, { DESK_REVIEW: "1" }), { scope: "worker", timeout: testDeadline(150_000) }],
  deskUrl: async ({ desk }, provide) => provide(desk.url),
  reviewDeskUrl: async ({ reviewDesk }, provide) => provide(reviewDesk.url),
});
export { expect };

/** Signs `request` in as `email` (its cookie jar keeps the session); returns the CSRF token writes need. */
export async function signIn(request: APIRequestContext, url: string, email: string): Promise<string> {
  const response = await request.post(`${url}/api/desk/login`, { headers: { origin: url }, data: { email, password: DESK_PASSWORD } });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()).csrfToken as string;
}

/** The headers of a write from the desk's own page. */
export function writeHeaders(url: string, csrf: string): Record<string, string> {
  return { origin: url, "x-csrf-token": csrf };
}

/** Signs a page in through the desk's form. */
export async function signInPage(page: Page, url: string, email: string = ACCOUNTS.editor): Promise<void> {
  await page.goto(`${url}/desk`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DESK_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator(".desk-account summary")).toContainText(email);
}

/** A field by its label as the desk writes it (an optional one says so after its name). */
export function labelled(label: string): RegExp {
  return new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}( \\(optional\\))?$`);
}

export async function field(page: Page, label: string, value: string, within = page.locator(".desk-form")) {
  await within.getByLabel(labelled(label)).first().fill(value);
}

/** What the editor says after a save, publish or delete. */
export function said(page: Page) {
  return page.locator(".desk-summary-anchor .desk-status");
}

export async function anonymous(browser: Browser) {
  const context = await browser.newContext();
  return { context, page: await context.newPage() };
}

export async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}
