import { expect, test } from "@playwright/test";
import { startNext, type NextServer } from "../../scripts/next-server";
import { chartReady, drawnWindow, mark, urlWindow } from "./chart-helpers";
import { testDeadline } from "../deadline";

// 40 events within a few months in one lane: too dense to draw one by one at full extent.
const port = Number(process.env.E2E_PORT ?? 3107) + 3;
const base = `http://127.0.0.1:${port}`;
let server: NextServer | undefined;

test.beforeAll(async () => {
  server = await startNext(port, "tests/fixtures/chart-dense", { startTimeoutMs: testDeadline(30_000) });
});
test.afterAll(async () => server?.stop());

test("a burst of events shows as count badges, and clicking one zooms in until they are drawn one by one", async ({ page }) => {
  await page.goto(`${base}/`);
  await chartReady(page);
  const badges = page.locator('.figure g.cluster[data-lane="diplomacy"]');
  expect(await badges.count()).toBeGreaterThan(0);
  const counts = await badges.evaluateAll((els) => els.map((el) => Number(el.getAttribute("data-count"))));
  const drawnBursts = await page.locator('.figure g.mark[data-event^="burst-"]').count();
  // Every event of the burst is either drawn or counted in a badge, once.
  expect(counts.reduce((a, b) => a + b, 0) + drawnBursts).toBe(40);
  await expect(page.locator(mark("lone"))).toHaveCount(1);

  await badges.first().click();
  await expect.poll(() => urlWindow(page)).not.toBeNull();
  for (let i = 0; i < 4 && (await page.locator(".figure g.cluster").count()) > 0; i++) {
    const before = await drawnWindow(page);
    await page.locator(".figure g.cluster").first().click();
    // A badge's click jumps to its interval: wait for the figure to draw the new window, not for a while.
    await expect.poll(() => drawnWindow(page)).not.toEqual(before);
  }
  await expect(page.locator(".figure g.cluster")).toHaveCount(0);
  const [from, to] = urlWindow(page)!;
  expect(to - from).toBeLessThan(365 * 86_400_000);
  const inWindow = await page.locator('.figure g.mark[data-event^="burst-"]').count();
  expect(inWindow).toBeGreaterThan(0);
});
