import { expect, test, type Page, type Route } from "@playwright/test";
import { chartReady, drawnWindow, urlWindowAsRead } from "./chart-helpers";

/**
 * Input before hydration is not lost: the page's scripts are held back (as on a slow network), a person
 * wheels, drags and ticks a filter on the server-drawn page, then the scripts arrive. Built-in set, 1280×800.
 */

/** Holds every script of the app until release() is called. */
async function holdScripts(page: Page) {
  const held: Route[] = [];
  let released = false;
  await page.route("**/_next/static/**/*.js", (route) => (released ? route.continue() : void held.push(route)));
  return async () => {
    released = true;
    for (const route of held.splice(0)) await route.continue();
  };
}

test("a wheel and a drag sent before hydration move the window, and the URL after hydration holds the window drawn", async ({ page }) => {
  const release = await holdScripts(page);
  await page.goto("/?from=2018-01-01&to=2019-12-31", { waitUntil: "domcontentloaded" });
  await expect(page.locator(".figure-host svg.figure")).toBeVisible();
  await expect(page.locator(".figure-host[data-ready]")).toHaveCount(0);
  const before = await drawnWindow(page);
  const mark = page.locator(".figure-host g.marks > g.mark").first();
  const markBefore = (await mark.boundingBox())!;
  const svg = (await page.locator(".figure-host svg.figure").boundingBox())!;
  const x = svg.x + svg.width * 0.6;
  const y = svg.y + 120;
  await page.mouse.move(x, y);
  await page.mouse.wheel(0, -300);
  await page.mouse.down();
  await page.mouse.move(x - 150, y, { steps: 5 });
  await page.mouse.up();
  // Answered at once, before any of the app's script has run: the figure is drawn for the new window (its
  // data-from / data-to say which, and its marks moved there), the URL not yet written.
  await expect.poll(async () => (await drawnWindow(page))[0]).not.toBe(before[0]);
  const early = await drawnWindow(page);
  expect(early[1] - early[0]).toBeLessThan(before[1] - before[0]);
  expect(early[0]).toBeGreaterThan(before[0]);
  expect((await mark.boundingBox())!.x).not.toBeCloseTo(markBefore.x, 0);
  await expect(page.locator(".figure-host[data-ready]")).toHaveCount(0);
  expect(new URL(page.url()).searchParams.get("from")).toBe("2018-01-01");

  await release();
  await chartReady(page);
  // The hydrated figure adopts the window the early answer drew (rounded as the URL writes it), and the URL holds it.
  const after = await drawnWindow(page);
  const snap = (early[1] - early[0]) / 400;
  expect(Math.abs(after[0] - early[0])).toBeLessThanOrEqual(snap);
  expect(Math.abs(after[1] - early[1])).toBeLessThanOrEqual(snap);
  expect(urlWindowAsRead(page)).toEqual(after);
  // Nothing of the early answer is left on React's nodes.
  await expect(page.locator(".figure-host svg.figure [transform^='translate(']")).toHaveCount(0);
});

test("a filter ticked before hydration is applied once the page listens", async ({ page }) => {
  const release = await holdScripts(page);
  await page.goto("/", { waitUntil: "domcontentloaded" });
  const hide = page.getByLabel("Hide events after the commentary");
  await hide.click();
  await release();
  await expect(page).toHaveURL(/after=hide/);
  await expect(hide).toBeChecked();
});
