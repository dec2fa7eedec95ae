import { test as base, expect, type APIRequestContext, type Page } from "@playwright/test";
import { DESK_PORT } from "../../playwright.config";
import { startNext, type NextServer } from "../../scripts/next-server";
import { ACCOUNTS, DESK_PASSWORD } from "./desk-accounts";

/**
 * The desk's specs share one server for the whole run (a worker fixture): the production build on a
 * new embedded store seeded from tests/fixtures/desk, with the test accounts (tests/e2e/desk-server.ts).
 */
export const test = base.extend<{ deskUrl: string }, { desk: NextServer }>({
  desk: [
    async ({}, provide) => {
      const server = await startNext(DESK_PORT, null, {
        entry: "tests/e2e/desk-server.ts",
        startTimeoutMs: 240_000,
        // One proxy in front is believed (X-Forwarded-Proto https makes the cookie Secure); sign-ins unthrottled per address, throttled per account.
        env: { DATA_DIR: "", TRUST_PROXY_HOPS: "1", LOGIN_BURST: "1000", LOGIN_PER_MINUTE: "1000" },
      });
      await provide(server);
      await server.stop();
    },
    { scope: "worker", timeout: 300_000 },
  ],
  deskUrl: async ({ desk }, provide) => provide(desk.url),
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
