import { expect, test } from "@playwright/test";
import { serveBigSet } from "./big-set";
import { testDeadline } from "../deadline";

// The explorer on 100,000 synthetic events: it must draw from density + windowed fetches, zoom, and select.
const big = serveBigSet();

function urlSpan(url: string): number {
  const params = new URL(url).searchParams;
  return Date.parse(params.get("to")!) - Date.parse(params.get("from")!);
}

test("draws a 100,000-event set without shipping it, zooms into single events and selects one", async ({ page }) => {
  const windows: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/api/window?")) windows.push(request.url());
  });
  const response = await page.goto(`${big().server.url}/`);
  expect((await response!.body()).length).toBeLessThan(250_000);
  // The first window comes with the page: badges drawn by the server, before any script.
  await expect(page.locator(".figure g.cluster").first()).toBeAttached();
  await expect(page.locator(".figure .ov-density path").first()).toBeAttached();
  await expect(page.locator(".figure-host[data-ready]")).toBeAttached();

  for (let i = 0; i < 12; i++) await page.getByRole("button", { name: "Zoom in" }).click();
  await expect.poll(() => urlSpan(page.url())).toBeLessThan(45 * 86_400_000);
  await expect.poll(() => windows.length).toBeGreaterThan(0);
  await expect(page.locator(".figure g.mark").first()).toBeAttached();
  // An event mark nothing else covers, so the click lands on it as a person's would.
  const target = await page.evaluate(`(() => {
    for (const shape of document.querySelectorAll(".figure g.mark .mark-shape")) {
      const r = shape.getBoundingClientRect();
      const x = r.x + r.width / 2, y = r.y + r.height / 2;
      const hit = document.elementFromPoint(x, y)?.closest("g.mark");
      if (hit && hit === shape.closest("g.mark")) return { id: hit.getAttribute("data-event"), x, y };
    }
    return null;
  })()`) as { id: string; x: number; y: number } | null;
  expect(target).not.toBeNull();
  const { id } = target!;
  expect(id).toMatch(/^ev-\d+$/);
  expect(big().set.events.some((event) => event.id === id)).toBe(true);

  await page.mouse.click(target!.x, target!.y);
  await expect(page).toHaveURL(new RegExp(`[?&]event=${id}`));
  const title = big().set.events.find((event) => event.id === id)!.title;
  await expect(page.locator(`.event-detail[data-event-id="${id}"] .detail-title`)).toHaveText(title);
});

test("a search hit outside the window moves the window to it and draws it", async ({ page }) => {
  await page.goto(`${big().server.url}/?from=2020-03-01&to=2020-03-20`);
  await expect(page.locator(".figure-host[data-ready]")).toBeAttached();
  await page.getByRole("searchbox").fill("Strike");
  await page.getByRole("searchbox").press("Enter");
  const first = page.locator(".search-results li").first();
  // Searching 100,000 events takes the server a moment on a busy machine.
  await expect(first).toBeVisible({ timeout: testDeadline(15_000) });
  const id = (await first.getAttribute("data-event-id"))!;
  const event = big().set.events.find((e) => e.id === id)!;
  expect(event.date < "2020-02").toBe(true);
  await first.getByRole("button").click();
  await expect(page).toHaveURL(new RegExp(`[?&]event=${id}`));
  await expect(page.locator(`.figure g.mark[data-event="${id}"]`)).toBeAttached();
  const params = new URL(page.url()).searchParams;
  expect(params.get("from")! <= event.date.slice(0, 10)).toBe(true);
});

test("a link to one event of a large set opens a window where that event is drawn", async ({ page }) => {
  const event = big().set.events[50_000]!;
  await page.goto(`${big().server.url}/?event=${event.id}`);
  await expect(page).toHaveURL(/[?&]from=\d{4}-\d{2}-\d{2}&to=/);
  expect(urlSpan(page.url())).toBeLessThan(400 * 86_400_000);
  await expect(page.locator(`.figure g.mark[data-event="${event.id}"]`)).toBeAttached();
  await expect(page.locator(`.event-detail[data-event-id="${event.id}"] .detail-title`)).toHaveText(event.title);
  await expect(page.getByTestId("status")).toContainText(/^[\d,]+ of 100,000 events in view/);

  // The embedded figure of the same link, too.
  await page.goto(`${big().server.url}/embed?event=${event.id}`);
  await expect(page).toHaveURL(/\/embed\?from=\d{4}-\d{2}-\d{2}&to=/);
  await expect(page.locator(`.figure g.mark[data-event="${event.id}"]`)).toBeAttached();
});

test("on a large set, the selected event can be added to a briefing", async ({ page }) => {
  const event = big().set.events[50_000]!;
  await page.goto(`${big().server.url}/?event=${event.id}`);
  await expect(page.locator(".figure-host[data-ready]")).toBeAttached();
  await expect(page.locator(`.figure g.mark[data-event="${event.id}"]`)).toBeAttached();
  await page.getByRole("button", { name: /^Briefing \d+$/ }).click();
  await expect(page.getByRole("button", { name: /Add selected event/ })).toBeEnabled();
});

test("on a large set, Add selected event frames a window around the event from its detail, not the explorer's window", async ({ page }) => {
  const { set, server } = big();
  const event = set.events[Math.floor(set.events.length / 2)]!;
  await page.goto(`${server.url}/?event=${event.id}`);
  await expect(page.locator(".explorer[data-ready]")).toBeAttached();
  const explorerSpan = urlSpan(page.url());
  await page.getByRole("button", { name: /^Briefing \d+$/ }).click();
  const add = page.getByRole("button", { name: "Add selected event" });
  await expect(add).toBeEnabled({ timeout: testDeadline(15_000) });
  await add.click();
  const step = await page.evaluate(() => JSON.parse(localStorage.getItem("snapshots:adhoc-story")!).steps[0]);
  expect(step.events).toEqual([event.id]);
  expect(step.lanes).toContain(event.lane);
  expect(step.from <= event.date.slice(0, 10) && step.to > event.date.slice(0, 10)).toBe(true);
  const span = Date.parse(step.to) - Date.parse(step.from);
  expect(span).toBeLessThan(explorerSpan);
  expect(span).toBeGreaterThanOrEqual(30 * 86_400_000);
  expect(span).toBeLessThanOrEqual(3.2 * 365 * 86_400_000);

  // Presenting it does not ship the set: the briefing opens as a shared deck with only its events. The deck's
  // answer is held back a second, so the wait for it can be seen: it is said, not an empty screen.
  await page.route(
    (url) => url.pathname === "/present" && url.searchParams.has("deck"),
    async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.continue();
    },
  );
  await page.getByRole("link", { name: "Present briefing" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Preparing the briefing…/ })).toBeVisible();
  await page.waitForURL(/\/present\?deck=1\./);
  await expect(page.locator(".deck .slide-title")).toHaveText(event.title);
  const deckPage = await page.request.get(page.url());
  expect((await deckPage.body()).length).toBeLessThan(2_000_000);
});
