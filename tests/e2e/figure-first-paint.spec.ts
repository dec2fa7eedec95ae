import path from "node:path";
import { expect, test, type Browser } from "@playwright/test";
import { indexDataset } from "@/lib/data/index-dataset";
import { readDatasetDir } from "@/lib/data/read-dir";
import { chartReady, drawnWindow, mark } from "./chart-helpers";
import { explorerReady } from "./fixtures";

// The figure is the same before and after the script: the server's HTML holds the real chart for the URL's
// window, and hydration adopts it. Built-in data set, 1280×800.
const WINDOWS = ["", "?from=2015-01-01&to=2015-12-31", "?from=2018-01-01&to=2018-12-31", "?from=2024-01-01&to=2024-12-31", "?from=2025-04-01&to=2025-04-30", "?from=2026-02-01&to=2026-04-30", "?from=2002-01-01&to=2026-12-31"];

type Marks = Record<string, { x: number; y: number }>;

async function markCentres(browser: Browser, url: string, javaScriptEnabled: boolean): Promise<Marks> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(url);
  if (javaScriptEnabled) await chartReady(page);
  const marks = await page.locator(".figure-host svg.figure g.mark[data-event] .mark-shape").evaluateAll((shapes) =>
    Object.fromEntries(
      shapes.map((shape) => {
        const r = shape.getBoundingClientRect();
        return [shape.closest("g.mark")!.getAttribute("data-event")!, { x: r.x + r.width / 2, y: r.y + r.height / 2 }];
      }),
    ),
  );
  await context.close();
  return marks;
}

for (const query of WINDOWS) {
  test(`the figure at ${query || "the default view"} is the same with and without JavaScript`, async ({ browser }) => {
    const without = await markCentres(browser, `/${query}`, false);
    const withScript = await markCentres(browser, `/${query}`, true);
    expect(Object.keys(without).length).toBeGreaterThan(0);
    expect(Object.keys(withScript).sort()).toEqual(Object.keys(without).sort());
    for (const [id, at] of Object.entries(without)) {
      expect(Math.abs(withScript[id]!.x - at.x), id).toBeLessThanOrEqual(1);
      expect(Math.abs(withScript[id]!.y - at.y), id).toBeLessThanOrEqual(1);
    }
  });
}

test("the page carries no second, static copy of the figure", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("svg.figure")).toHaveCount(1);
  await expect(page.locator("svg.static-timeline")).toHaveCount(0);
});

test("a search hit moves the window the label names and the chart draws, and draws the event itself", async ({ page }) => {
  await page.goto("/?from=2002-01-01&to=2025-12-31");
  await explorerReady(page);
  await page.getByLabel("Search events").fill("Rome");
  await page.getByLabel("Search events").press("Enter");
  await page.locator(".search-results li", { hasText: "US-Iran talks, round 2 (Rome)" }).getByRole("button").click();
  await expect(page).toHaveURL(/event=us-iran-talks-round-2-rome/);
  await expect(page.locator(mark("us-iran-talks-round-2-rome"))).toBeAttached();
  const [from, to] = await drawnWindow(page);
  const label = await page.getByTestId("window-label").textContent();
  const day = (ms: number) => new Date(ms).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).replace("Sept", "Sep");
  expect(label).toContain(day(from));
  expect(label).toContain(day(to - 86_400_000));
  // The window stays within the record and its margin (the latest event, not a fixed year).
  const result = await readDatasetDir(path.resolve("data"));
  if (!result.ok) throw new Error("the built-in data set must be valid");
  const [first, last] = indexDataset(result.dataset).extent;
  expect(to).toBeLessThanOrEqual(last + 0.025 * (last - first) + 86_400_000);
});

test("with one lane and one expert, the header, the figure and the list count the same events", async ({ page }) => {
  await page.goto("/?lanes=diplomacy&expert=alam-saleh");
  await explorerReady(page);
  const status = await page.getByTestId("status").textContent();
  const shown = Number(status!.match(/^([\d,]+) of/)![1]!.replace(/,/g, ""));
  // The whole set's size as the header gives it, not a count of today's record.
  const total = status!.match(/^[\d,]+ of ([\d,]+)/)![1]!;
  const items = page.locator("ol.event-list > li");
  await expect(items).toHaveCount(shown);
  await expect(page.locator(".all-events h2")).toContainText(`${shown} of ${total} events`);
  for (const chip of await items.locator(".lane-chip").allTextContents()) expect(chip).toBe("Diplomacy");
  // And after a filter changes in the browser, they still agree.
  await page.getByLabel("Hide events after the commentary").click();
  await expect(page).toHaveURL(/after=hide/);
  const after = Number((await page.getByTestId("status").textContent())!.match(/^([\d,]+) of/)![1]);
  await expect(items).toHaveCount(after);
});

test("an event on the snapshot's day is before it: drawn plain, and kept by “hide events after the commentary”", async ({ page }) => {
  await page.goto("/?from=2025-04-01&to=2025-05-31");
  await explorerReady(page);
  const anton = page.locator(mark("anton-leads-us-technical-team"));
  await expect(anton).toBeAttached();
  await expect(anton).not.toHaveClass(/after-asof/);
  await expect(page.locator(mark("us-iran-talks-round-3-muscat"))).toHaveClass(/after-asof/);
  await page.getByLabel("Hide events after the commentary").click();
  await expect(page.locator(mark("us-iran-talks-round-3-muscat"))).toHaveCount(0);
  await expect(anton).toBeAttached();
});

test("a window under two weeks is drawn, labelled and reported as asked", async ({ page }) => {
  await page.goto("/?from=2025-04-10&to=2025-04-15");
  await chartReady(page);
  const [from, to] = await drawnWindow(page);
  expect([from, to]).toEqual([Date.UTC(2025, 3, 10), Date.UTC(2025, 3, 16)]);
  await expect(page.getByTestId("window-label")).toHaveText(/10 Apr 2025 – 15 Apr 2025/);
  await expect(page.locator(mark("us-iran-talks-round-1-muscat"))).toBeAttached();
  await page.goto("/report?from=2025-04-10&to=2025-04-15");
  await expect(page.locator(".report-title-block, .report").first()).toContainText("10–15 April 2025");
});
