import { expect, test } from "@playwright/test";
import { fixtureUrl } from "./fixtures";
import { brushBox, chartReady, drawnWindow, mark, urlWindow } from "./chart-helpers";

test.beforeEach(async ({ page }) => {
  await page.goto(`${fixtureUrl.good}/`);
  await chartReady(page);
});

test("a click in the overview centres the window there", async ({ page }) => {
  await page.getByRole("button", { name: "Zoom in" }).click();
  await page.getByRole("button", { name: "Zoom in" }).click();
  await expect.poll(() => urlWindow(page)).not.toBeNull();
  const before = urlWindow(page)!;
  const ov = (await page.locator(".figure .overview-bg").boundingBox())!;
  const brush = await brushBox(page);
  const x = brush.x + brush.width / 2 > ov.x + ov.width / 2 ? ov.x + ov.width * 0.3 : ov.x + ov.width * 0.7;
  await page.mouse.click(x, brush.y + brush.height / 2);
  await expect.poll(() => urlWindow(page)![0]).not.toBe(before[0]);
  const after = urlWindow(page)!;
  expect(Math.abs(after[1] - after[0] - (before[1] - before[0]))).toBeLessThanOrEqual(2 * 86_400_000);
  const centre = await brushBox(page);
  expect(Math.abs(centre.x + centre.width / 2 - x)).toBeLessThan(12);
});

test("the overview brush has handles wide enough to grab", async ({ page }) => {
  const handles = await page.locator(".figure .brush .handle").evaluateAll((els) => els.map((el) => el.getBoundingClientRect().width));
  expect(handles.length).toBe(2);
  for (const width of handles) expect(width).toBeGreaterThanOrEqual(12);
});

test("zoom buttons narrow and widen the window, and Fit all shows everything again", async ({ page }) => {
  const full = await brushBox(page);
  await page.getByRole("button", { name: "Zoom in" }).click();
  await expect.poll(() => urlWindow(page)).not.toBeNull();
  const zoomed = urlWindow(page)!;
  expect((await brushBox(page)).width).toBeLessThan(full.width * 0.8);
  await page.getByRole("button", { name: "Zoom out" }).click();
  await expect.poll(async () => {
    const [from, to] = await drawnWindow(page);
    return to - from;
  }).toBeGreaterThan(zoomed[1] - zoomed[0]);
  await page.getByRole("button", { name: "Zoom in" }).click();
  await page.getByRole("button", { name: "Fit all" }).click();
  await expect.poll(async () => (await brushBox(page)).width).toBeGreaterThan(full.width - 2);
});

test("dragging the brush moves the detail window and the URL's from/to", async ({ page }) => {
  await page.getByRole("button", { name: "Zoom in" }).click();
  await page.getByRole("button", { name: "Zoom in" }).click();
  await expect.poll(() => urlWindow(page)).not.toBeNull();
  const before = urlWindow(page)!;
  const drawnBefore = await drawnWindow(page);
  const box = await brushBox(page);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 150, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect.poll(() => urlWindow(page)![0]).toBeLessThan(before[0]);
  const after = urlWindow(page)!;
  // A pan keeps the window's width (to the day the URL rounds to).
  expect(Math.abs(after[1] - after[0] - (before[1] - before[0]))).toBeLessThanOrEqual(2 * 86_400_000);
  // The figure itself moved, not only the URL.
  expect((await drawnWindow(page))[0]).toBeLessThan(drawnBefore[0]);
});

test("wheel zoom in the detail narrows the window and moves the brush with it", async ({ page }) => {
  const full = await brushBox(page);
  const detail = await page.locator(".figure-host svg.figure").boundingBox();
  await page.mouse.move(detail!.x + detail!.width * 0.6, detail!.y + detail!.height * 0.45);
  await page.mouse.wheel(0, -500);
  await expect.poll(() => urlWindow(page)).not.toBeNull();
  const zoomed = await brushBox(page);
  expect(zoomed.width).toBeLessThan(full.width * 0.9);
  await page.mouse.wheel(0, 800);
  await expect.poll(async () => (await brushBox(page)).width).toBeGreaterThan(zoomed.width);
});

test("a window from the URL is drawn as given, and the brush shows it", async ({ page }) => {
  await page.goto(`${fixtureUrl.good}/?from=2018-01-01&to=2020-01-01`);
  await chartReady(page);
  // Two years in the window: month ticks, with the years named in the context row.
  await expect(page.locator(".figure .context-label", { hasText: "2019" })).toBeVisible();
  await expect(page.locator(".figure .tick-label", { hasText: /^(Jan|Apr|Jul|Oct)$/ }).first()).toBeVisible();
  await expect(page.locator(mark("buildup"))).toBeAttached();
  await expect(page.locator(mark("deal"))).toHaveCount(0);
  const box = await brushBox(page);
  const ov = await page.locator(".figure .overview-bg").boundingBox();
  expect(box.width).toBeLessThan(ov!.width / 2);
});

test("every tick reads as its true year: from 17 Dec 2018 to 15 Jan 2020 “2019” stands at or before its first tick", async ({ page }) => {
  // It once read "2018 · Jan Apr Jul Oct · 2020 Jan": the pinned "2018" took the room of "2019", so 2019's ticks read as 2018.
  for (const viewport of [{ width: 1280, height: 800 }, { width: 1920, height: 1080 }, { width: 390, height: 844 }]) {
    await page.setViewportSize(viewport);
    await page.goto("/?from=2018-12-17&to=2020-01-15");
    await chartReady(page);
    const read = async (selector: string) =>
      Promise.all((await page.locator(`.figure-host svg.figure ${selector}`).all()).map(async (el) => ({ text: (await el.textContent())!.trim(), x: (await el.boundingBox())!.x })));
    const ticks = (await read(".tick-label")).sort((a, b) => a.x - b.x);
    const context = (await read(".context-label")).sort((a, b) => a.x - b.x);
    const at = `at ${viewport.width} px`;
    expect(ticks.length, at).toBeGreaterThan(2);
    // Month ticks: the year turns at each January.
    let year = 2018;
    for (const tick of ticks) {
      expect(tick.text, at).toMatch(/^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)$/);
      if (tick.text === "Jan") year += 1;
      const label = context.filter((c) => c.x <= tick.x + 1).at(-1);
      expect(`${label?.text} ${tick.text}`, at).toBe(`${year} ${tick.text}`);
    }
  }
});
