import { expect, test } from "@playwright/test";
import { explorerReady } from "./fixtures";
import { testDeadline } from "../deadline";

test("Copy link copies the view's URL and says so", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/?from=2019-01-01&to=2020-12-31&event=us-iran-talks-round-2-rome");
  await explorerReady(page);
  await page.getByRole("button", { name: "Copy link to this view" }).click();
  await expect(page.getByText("Link to this view copied")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});

test("the report PDF says it is being prepared while it renders, then downloads", async ({ page }) => {
  await page.goto("/?from=2024-01-01&to=2024-12-31");
  await explorerReady(page);
  const link = page.getByRole("link", { name: "Download PDF" });
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: testDeadline(60_000) }),
    (async () => {
      await link.click();
      await expect(link).toHaveAttribute("aria-busy", "true");
      await expect(page.getByRole("status").filter({ hasText: "Preparing the PDF…" })).toBeVisible();
    })(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  await expect(link).not.toHaveAttribute("aria-busy", "true");
});
