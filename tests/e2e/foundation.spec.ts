import { expect, test } from "@playwright/test";
import { fixtureUrl } from "./fixtures";

const KEY_EVENTS: [string, string][] = [
  ["jcpoa-agreed-vienna", "14 July 2015"],
  ["us-withdraws-from-jcpoa", "8 May 2018"],
  ["iran-true-promise-attack-on-israel", "13–14 April 2024"],
  ["iran-election-first-round-2024", "28 June 2024"],
  ["pezeshkian-wins-runoff", "5 July 2024"],
  ["us-iran-talks-round-2-rome", "19 April 2025"],
  ["us-israel-strikes-iran-feb-2026", "28 February – 8 April 2026"],
  ["us-iran-ceasefire-apr-2026", "8 April 2026"],
];

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the home page shows the timeline and the chronological list", async ({ page }) => {
    await page.goto("/");
    const svg = page.locator(".figure-host svg.figure");
    await expect(svg).toBeVisible();
    await expect(svg.locator("g.lane[data-lane]")).toHaveCount(7);
    const list = page.locator("ol.event-list > li");
    expect(await list.count()).toBeGreaterThanOrEqual(50);
    // Every event of the view is drawn as a mark or counted in a badge, and listed once.
    const marks = await svg.locator("g.mark[data-event]").count();
    const counted = await svg.locator("g.cluster").evaluateAll((els) => els.reduce((sum, el) => sum + Number(el.getAttribute("data-count")), 0));
    expect(marks + counted).toBe(await list.count());
    // The home page opens on the recent story; the whole record lists every key event with its date.
    const shownIds = new Set(await list.evaluateAll((els) => els.map((el) => el.id.replace(/^event-/, ""))));
    expect(KEY_EVENTS.filter(([id]) => shownIds.has(id)).length).toBeGreaterThanOrEqual(4);
    const dates = await list.locator("time").evaluateAll((els) => els.map((el) => el.getAttribute("datetime") ?? ""));
    expect(dates).toEqual([...dates].sort());
    await page.goto("/?from=2002-01-01&to=2026-12-31");
    for (const [id, date] of KEY_EVENTS) await expect(page.locator(`#event-${id} time`)).toHaveText(date);
  });

  test("a month-precise event is drawn across its whole month, not on the 1st", async ({ page }) => {
    await page.goto(`${fixtureUrl.good}/`);
    const span = page.locator('svg.figure g.mark[data-event="talks"]');
    await expect(span).toHaveAttribute("data-kind", "span");
    const point = page.locator('svg.figure g.mark[data-event="deal"]');
    await expect(point).toHaveAttribute("data-kind", "point");
    // Drawn across the month: its middle is mid-April, not the 1st.
    const { x0, x1 } = await span.locator(".mark-shape").evaluate((el) => ({ x0: Number(el.getAttribute("x")), x1: Number(el.getAttribute("x")) + Number(el.getAttribute("width")) }));
    expect(x1 - x0).toBeGreaterThan(5);
    const ticks = await page.locator("svg.figure .tick").evaluateAll((els) => els.map((el) => ({ label: el.querySelector("text")!.textContent, x: Number(el.querySelector("line")!.getAttribute("x1")) })));
    const y2025 = ticks.find((t) => t.label === "2025");
    if (y2025) expect((x0 + x1) / 2).toBeGreaterThan(y2025.x);
    await expect(page.locator("#event-talks time")).toHaveText("April 2025");
  });
});

test("hostile text in the data is shown as text", async ({ page }) => {
  await page.goto(`${fixtureUrl.good}/?event=war`);
  await expect(page.locator(".reading-pane .detail-summary")).toContainText('<img src=x onerror="window.__pwned=1">');
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
