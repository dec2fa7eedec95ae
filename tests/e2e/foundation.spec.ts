import { expect, test } from "@playwright/test";
import { fixtureUrl } from "./fixtures";

const KEY_EVENTS: [string, string][] = [
  ["jcpoa-agreed-vienna", "14 July 2015"],
  ["us-withdraws-from-jcpoa", "8 May 2018"],
  ["iran-true-promise-attack-on-israel", "13–14 April 2024"],
  ["iran-election-first-round-2024", "28 June 2024"],
  ["pezeshkian-wins-runoff", "5 July 2024"],
  ["us-iran-talks-round-2-rome", "19 April 2025"],
];

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the home page shows the timeline and the chronological list", async ({ page }) => {
    await page.goto("/");
    const svg = page.locator("svg.static-timeline");
    await expect(svg).toBeVisible();
    await expect(svg.locator("g[data-lane]")).toHaveCount(7);
    const list = page.locator("ol.event-list > li");
    expect(await list.count()).toBeGreaterThanOrEqual(50);
    expect(await svg.locator("[data-event-id]").count()).toBe(await list.count());
    for (const [id, date] of KEY_EVENTS) await expect(page.locator(`#event-${id} time`)).toHaveText(date);
    const dates = await list.locator("time").evaluateAll((els) => els.map((el) => el.getAttribute("datetime") ?? ""));
    expect(dates).toEqual([...dates].sort());
  });

  test("a month-precise event is drawn across its whole month, not on the 1st", async ({ page }) => {
    await page.goto(`${fixtureUrl.good}/`);
    const span = page.locator('svg.static-timeline [data-event-id="talks"]');
    await expect(span).toHaveAttribute("data-kind", "span");
    const point = page.locator('svg.static-timeline [data-event-id="deal"]');
    await expect(point).toHaveAttribute("data-kind", "point");
    const width = Number(await span.getAttribute("width"));
    expect(width).toBeGreaterThan(5);
    await expect(page.locator("#event-talks time")).toHaveText("April 2025");
  });
});

test("hostile text in the data is shown as text", async ({ page }) => {
  await page.goto(`${fixtureUrl.good}/`);
  await expect(page.locator("#event-war")).toContainText('<img src=x onerror="window.__pwned=1">');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test("a broken data set gets a clear page (503) that names every problem, without paths or file contents", async ({ page }) => {
  const response = await page.goto(`${fixtureUrl.bad}/`);
  expect(response?.status()).toBe(503);
  await expect(page.locator("main")).not.toContainText("tests/fixtures");
  await expect(page.locator("main")).not.toContainText("position");
  await expect(page.getByRole("heading", { name: "The data set could not be loaded" })).toBeVisible();
  const items = page.locator(".data-error li");
  await expect(items).toHaveCount(4);
  await expect(items.filter({ hasText: 'events.json: deal: date: "2024-02-30" is not a real calendar date' })).toHaveCount(1);
  await expect(items.filter({ hasText: "annotations.json: (file): (json): invalid JSON" })).toHaveCount(1);
});

test("every page names an icon the server serves", async ({ page, request }) => {
  for (const path of ["/", "/report", "/present"]) {
    await page.goto(path);
    const href = await page.locator('link[rel="icon"]').first().getAttribute("href");
    expect(href).toMatch(/^\/icon\.svg/);
    const response = await request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("image/svg+xml");
  }
});
