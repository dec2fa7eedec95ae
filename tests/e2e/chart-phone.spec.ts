import { expect, test, type Page } from "@playwright/test";
import { fixtureUrl } from "./fixtures";
import { brushBox, chartReady, urlWindow } from "./chart-helpers";

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

type TouchPoint = { x: number; y: number; id: number };

async function touch(page: Page, type: "touchStart" | "touchMove" | "touchEnd", points: TouchPoint[]) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Input.dispatchTouchEvent", { type, touchPoints: points.map((p) => ({ x: p.x, y: p.y, id: p.id })) });
  await cdp.detach();
}

async function detailCentre(page: Page) {
  const box = (await page.locator(".tchart-detail").boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height * 0.6 };
}

test.beforeEach(async ({ page }) => {
  await page.goto(`${fixtureUrl.good}/`);
  await chartReady(page);
});

test("the chart fits a 390-px phone", async ({ page }) => {
  const width = await page.locator(".tchart-detail").evaluate((svg) => svg.getBoundingClientRect().width);
  expect(width).toBeLessThanOrEqual(390);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test("pinching out with two fingers zooms in, and a one-finger drag pans", async ({ page }) => {
  const full = await brushBox(page);
  const c = await detailCentre(page);
  await touch(page, "touchStart", [{ x: c.x - 20, y: c.y, id: 1 }, { x: c.x + 20, y: c.y, id: 2 }]);
  for (let i = 1; i <= 6; i++) await touch(page, "touchMove", [{ x: c.x - 20 - i * 15, y: c.y, id: 1 }, { x: c.x + 20 + i * 15, y: c.y, id: 2 }]);
  await touch(page, "touchEnd", []);
  await expect.poll(() => urlWindow(page)).not.toBeNull();
  const zoomed = urlWindow(page)!;
  expect((await brushBox(page)).width).toBeLessThan(full.width * 0.6);

  await touch(page, "touchStart", [{ x: c.x, y: c.y, id: 1 }]);
  for (let i = 1; i <= 6; i++) await touch(page, "touchMove", [{ x: c.x + i * 15, y: c.y, id: 1 }]);
  await touch(page, "touchEnd", []);
  await expect.poll(() => urlWindow(page)![0]).toBeLessThan(zoomed[0]);
});
