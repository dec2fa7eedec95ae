import { expect, test } from "@playwright/test";
import { fixtureUrl } from "./fixtures";
import { chartReady, drawnWindow, mark, urlWindow } from "./chart-helpers";

test("the chart is one tab stop; arrows walk events in time and across lanes; Enter selects, Escape clears; +/− zoom", async ({ page }) => {
  await page.goto(`${fixtureUrl.good}/`);
  await chartReady(page);
  const chart = page.getByRole("application");
  for (let i = 0; i < 40 && !(await chart.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(chart).toBeFocused();
  await expect(chart).toHaveAttribute("aria-roledescription", "interactive timeline");

  const live = page.getByTestId("chart-live");
  // Nothing focused yet: → starts at the first event in the window; the tooltip names it at once.
  await page.keyboard.press("ArrowRight");
  await expect(live).toHaveText("Deal agreed, 14 July 2015, Diplomacy");
  await expect(page.locator(".figure .focus-ring")).toHaveCount(1);
  await expect(page.getByRole("tooltip")).toContainText("Deal agreed");
  await expect(page.getByRole("tooltip")).toContainText("14 July 2015");
  await page.keyboard.press("ArrowRight");
  await expect(live).toHaveText("Build-up, 2019, Military");
  await page.keyboard.press("ArrowLeft");
  await expect(live).toHaveText("Deal agreed, 14 July 2015, Diplomacy");
  await page.keyboard.press("ArrowLeft");
  await expect(live).toHaveText("Deal agreed, 14 July 2015, Diplomacy");
  await page.keyboard.press("ArrowDown");
  await expect(live).toHaveText("Build-up, 2019, Military");
  await page.keyboard.press("ArrowRight");
  await expect(live).toHaveText("Talks in spring, April 2025, Diplomacy");
  await page.keyboard.press("ArrowDown");
  await expect(live).toHaveText("War, 13–24 June 2025, Military");
  await page.keyboard.press("ArrowUp");
  await expect(live).toHaveText("Talks in spring, April 2025, Diplomacy");

  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/[?&]event=talks/);
  await expect(page.locator(mark("talks"))).toHaveClass(/is-selected/);
  await page.keyboard.press("Escape");
  await expect(page).not.toHaveURL(/[?&]event=/);
  await expect(chart).toBeFocused();

  await page.keyboard.press("+");
  await expect.poll(() => urlWindow(page)).not.toBeNull();
  const zoomed = urlWindow(page)!;
  // Zooming with a focused event keeps it in view.
  expect(zoomed[0]).toBeLessThan(Date.UTC(2025, 3, 15));
  expect(zoomed[1]).toBeGreaterThan(Date.UTC(2025, 3, 15));
  await page.keyboard.press("-");
  await expect.poll(async () => {
    const [from, to] = await drawnWindow(page);
    return to - from;
  }).toBeGreaterThan(zoomed[1] - zoomed[0]);
});

test("focusing an event outside the window pans the chart to it", async ({ page }) => {
  await page.goto(`${fixtureUrl.good}/?from=2024-06-01&to=2025-09-01`);
  await chartReady(page);
  await page.getByRole("application").focus();
  await page.keyboard.press("ArrowRight");
  const first = await page.getByTestId("chart-live").textContent();
  for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowLeft");
  await expect(page.getByTestId("chart-live")).toHaveText("Deal agreed, 14 July 2015, Diplomacy");
  expect(first).not.toBe("Deal agreed, 14 July 2015, Diplomacy");
  await expect.poll(() => urlWindow(page)![0]).toBeLessThan(Date.UTC(2015, 6, 14));
  await expect(page.locator(mark("deal"))).toBeAttached();
});

test("a keyboard step keeps the window while the next event is inside it", async ({ page }) => {
  await page.goto(`${fixtureUrl.good}/?from=2015-01-01&to=2025-12-31`);
  await chartReady(page);
  const before = await drawnWindow(page);
  await page.getByRole("application").focus();
  // The first event sits in the window's first tenth: → names it without moving the window (it used to centre on it).
  await page.keyboard.press("ArrowRight");
  await expect(page.getByTestId("chart-live")).toHaveText("Deal agreed, 14 July 2015, Diplomacy");
  await page.keyboard.press("ArrowRight");
  await expect(page.getByTestId("chart-live")).toHaveText("Build-up, 2019, Military");
  expect(await drawnWindow(page)).toEqual(before);
  expect(new URL(page.url()).searchParams.get("from")).toBe("2015-01-01");
});

test("the chart is the second Tab stop: the skip link lands on it and its keys work at once", async ({ page }) => {
  await page.goto(`${fixtureUrl.good}/`);
  await chartReady(page);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to the timeline" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("application")).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByTestId("chart-live")).toHaveText("Deal agreed, 14 July 2015, Diplomacy");
});
