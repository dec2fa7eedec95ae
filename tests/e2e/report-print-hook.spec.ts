import { expect, test } from "@playwright/test";
import { explorerReady, fixtureUrl } from "./fixtures";

const EXPLORER = `${fixtureUrl.good}/?from=2015-01-01&to=2020-01-01&lanes=military`;

test.describe("printing from the explorer", () => {
  test("Ctrl+P opens the printable report of the same view", async ({ page, context }) => {
    await page.goto(EXPLORER);
    await explorerReady(page);
    await page.waitForLoadState("networkidle");
    await context.addInitScript(() => {
      window.print = () => document.documentElement.setAttribute("data-printed", "yes");
    });
    const [popup] = await Promise.all([context.waitForEvent("page"), page.keyboard.press("Control+p")]);
    await popup.waitForLoadState();
    expect(new URL(popup.url()).pathname).toBe("/report");
    expect(new URL(popup.url()).search).toBe("?from=2015-01-01&to=2020-01-01&lanes=military&print=1");
    await expect(popup.locator("html")).toHaveAttribute("data-printed", "yes");
  });

  test("printing from the browser menu prints a notice with the report address, not the controls", async ({ page }) => {
    await page.goto(EXPLORER);
    await explorerReady(page);
    await page.waitForLoadState("networkidle");
    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".print-notice")).toBeVisible();
    await expect(page.locator(".print-notice-url")).toHaveText(`${fixtureUrl.good}/report?from=2015-01-01&to=2020-01-01&lanes=military`);
    await expect(page.getByRole("link", { name: "Download PDF" })).toBeHidden();
  });

  test("the explorer's Download PDF link carries the view", async ({ page }) => {
    await page.goto(EXPLORER);
    await explorerReady(page);
    const href = await page.getByRole("link", { name: "Download PDF" }).getAttribute("href");
    expect(href).toMatch(/^\/report\/pdf\?/);
    const params = new URLSearchParams(href!.split("?")[1]);
    expect([params.get("from"), params.get("to"), params.get("lanes")]).toEqual(["2015-01-01", "2020-01-01", "military"]);
  });
});
