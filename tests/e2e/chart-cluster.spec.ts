import { expect, test } from "@playwright/test";
import { startNext, type NextServer } from "../../scripts/next-server";
import { chartReady, urlWindow } from "./chart-helpers";

// 40 events within a few months in one lane: too dense to draw one by one at full extent.
const port = Number(process.env.E2E_PORT ?? 3107) + 3;
const base = `http://127.0.0.1:${port}`;
let server: NextServer | undefined;

test.beforeAll(async () => {
  server = await startNext(port, "tests/fixtures/chart-dense");
});
test.afterAll(async () => server?.stop());

test("a burst of events shows as a count badge, and clicking it zooms in until they are drawn one by one", async ({ page }) => {
  await page.goto(`${base}/`);
  await chartReady(page);
  const badge = page.locator('.tchart-detail g.cluster[data-lane="diplomacy"]');
  await expect(badge).toHaveCount(1);
  await expect(badge).toHaveAttribute("data-count", "40");
  await expect(badge.locator("text")).toHaveText("40");
  await expect(page.locator('.tchart-detail g.mark[data-id="lone"]')).toHaveCount(1);
  const drawnBefore = Number(await page.locator(".tchart").getAttribute("data-drawn"));

  await badge.click();
  await expect.poll(() => urlWindow(page)).not.toBeNull();
  const [from, to] = urlWindow(page)!;
  expect(from).toBeLessThanOrEqual(Date.UTC(2012, 2, 1));
  expect(to).toBeGreaterThanOrEqual(Date.UTC(2012, 4, 18));
  expect(to - from).toBeLessThan(365 * 86_400_000);
  await expect(page.locator('.tchart-detail g.mark[data-id^="burst-"]')).toHaveCount(40);
  await expect(page.locator(".tchart-detail g.cluster")).toHaveCount(0);
  expect(Number(await page.locator(".tchart").getAttribute("data-drawn"))).toBeGreaterThan(drawnBefore);
});
