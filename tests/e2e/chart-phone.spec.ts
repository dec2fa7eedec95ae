import { expect, test, type Page } from "@playwright/test";
import { fixtureUrl } from "./fixtures";
import { brushBox, chartReady, urlWindow } from "./chart-helpers";

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

type TouchPoint = { x: number; y: number; id: number };

/** A multi-touch gesture through the DevTools protocol: one frame of touch points per step. */
async function gesture(page: Page, frames: TouchPoint[][]) {
  const cdp = await page.context().newCDPSession(page);
  const send = (type: string, points: TouchPoint[]) => cdp.send("Input.dispatchTouchEvent", { type: type as "touchStart", touchPoints: points });
  await send("touchStart", frames[0]!);
  for (const frame of frames.slice(1)) await send("touchMove", frame);
  await send("touchEnd", []);
  await cdp.detach();
}

async function detailCentre(page: Page) {
  const box = (await page.locator(".figure-host svg.figure").boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height * 0.45 };
}

test.beforeEach(async ({ page }) => {
  await page.goto(`${fixtureUrl.good}/`);
  await chartReady(page);
});

test("the chart fits a 390-px phone", async ({ page }) => {
  const width = await page.locator(".figure-host svg.figure").evaluate((svg) => svg.getBoundingClientRect().width);
  expect(width).toBeLessThanOrEqual(390);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test("pinching out with two fingers zooms in, and a one-finger drag pans", async ({ page }) => {
  const full = await brushBox(page);
  const c = await detailCentre(page);
  const steps = [0, 1, 2, 3, 4, 5, 6];
  await gesture(page, steps.map((i) => [{ x: c.x - 20 - i * 15, y: c.y, id: 1 }, { x: c.x + 20 + i * 15, y: c.y, id: 2 }]));
  await expect.poll(() => urlWindow(page)).not.toBeNull();
  const zoomed = urlWindow(page)!;
  expect((await brushBox(page)).width).toBeLessThan(full.width * 0.6);

  await gesture(page, steps.map((i) => [{ x: c.x + i * 15, y: c.y, id: 1 }]));
  await expect.poll(() => urlWindow(page)![0]).toBeLessThan(zoomed[0]);
});

test("a vertical swipe on the chart scrolls the page; marks have 24-px hit areas", async ({ page }) => {
  await expect(page.locator(".figure-host svg.figure")).toHaveCSS("touch-action", "pan-y");
  const sizes = await page.locator(".figure g.mark").evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => Math.max(r.width, r.height)));
  expect(sizes.length).toBeGreaterThan(0);
  for (const size of sizes) expect(size).toBeGreaterThanOrEqual(23.5);
});
