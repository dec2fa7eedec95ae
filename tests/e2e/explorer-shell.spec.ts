import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { explorerReady, fixtureUrl } from "./fixtures";

// The fixture set: deal (14 July 2015, diplomacy, actors A B, commented by Ada, led to talks),
// talks (April 2025, diplomacy), buildup (2019, military), war (13–24 June 2025, military, after the snapshot).
const home = (query = "") => `${fixtureUrl.good}/${query}`;
const search = (page: Page) => new URL(page.url()).searchParams;
const status = (page: Page) => page.getByTestId("status");
const detail = (page: Page) => page.locator(".reading-pane .pane-detail");
const pane = (page: Page) => page.locator(".reading-pane");

test.beforeEach(async ({ page }) => {
  page.on("pageerror", (error) => {
    throw error;
  });
});

test("search lists matching events and a hit jumps to its event", async ({ page }) => {
  await page.goto(home());
  await explorerReady(page);
  await page.getByLabel("Search events").fill("spring");
  await expect(page).toHaveURL(/q=spring/);
  const results = page.locator(".search-results li");
  await expect(results).toHaveCount(1);
  await expect(results.first()).toContainText("Talks in spring");
  await expect(results.first().locator("mark")).toHaveText("spring");
  // The search filter: the figure, the list and the count keep only what matches.
  await expect(status(page)).toHaveText("1 of 4 events in view, filtered by “spring” (1 match in all)");
  await expect(page.locator(".figure-host svg.figure g.mark")).toHaveCount(1);
  await results.first().getByRole("button").click();
  await expect(page).toHaveURL(/event=talks/);
  await expect(detail(page).getByRole("heading", { name: "Talks in spring" })).toBeVisible();
  await expect(detail(page).locator("time")).toHaveText("April 2025");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a shared URL is rendered on the server with its detail and search results", async ({ page }) => {
    await page.goto(home("?event=deal&q=spring"));
    await expect(detail(page).getByRole("heading", { name: "Deal agreed" })).toBeVisible();
    await expect(detail(page).locator(".source-list a")).toHaveAttribute("href", "https://example.org/deal");
    await expect(page.locator(".search-results li")).toHaveText([/Talks in spring/]);
    // q is the search filter: the server's figure draws only the match.
    await expect(page.locator(".figure-host svg.figure g.mark")).toHaveCount(1);
  });
});

test("the search API is accent- and case-insensitive", async ({ page }) => {
  const response = await page.request.get(`${fixtureUrl.good}/api/search?q=D%C3%89AL`);
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.results[0]).toMatchObject({ id: "deal", title: "Deal agreed", dateLabel: "14 July 2015", lane: "diplomacy", field: "title" });
});

test("URL-driven toggles answer within the click, before the router catches up", async ({ page }) => {
  await page.goto(home("?view=list"));
  await explorerReady(page);
  await expect(page.locator(".event-table tbody tr")).toHaveCount(4);
  // A click's urgent render lands in a microtask; the router's transition comes tasks later. Read in between.
  const clickAndRead = (selector: string, read: string) =>
    page.evaluate(async ([s, r]) => {
      const el = document.querySelector(s) as HTMLElement;
      el.click();
      await new Promise<void>((resolve) => queueMicrotask(resolve));
      return r === "checked" ? (el as HTMLInputElement).checked : el.getAttribute(r);
    }, [selector, read] as const);
  expect(await clickAndRead(".toolbar .toggle input", "checked")).toBe(true);
  await expect(page).toHaveURL(/after=hide/);
  expect(await clickAndRead(".toolbar .toggle input", "checked")).toBe(false);
  await page.goto(home());
  await explorerReady(page);
  expect(await clickAndRead('.view-switch button:nth-child(2)', "aria-pressed")).toBe("true");
  await expect(page).toHaveURL(/view=list/);
});

test("filters by actor, tag, expert and the snapshot narrow the events and live in the URL", async ({ page }) => {
  await page.goto(home("?view=list"));
  await explorerReady(page);
  const rows = page.locator(".event-table tbody tr");
  await expect(rows).toHaveCount(4);
  await page.getByLabel("Actor").selectOption("A");
  await expect(page).toHaveURL(/actor=A/);
  await expect(rows).toHaveCount(1);
  await expect(status(page)).toHaveText("1 of 4 events in view");
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(rows).toHaveCount(4);
  await page.getByLabel("Hide events after the commentary").click();
  await expect(page.getByLabel("Hide events after the commentary")).toBeChecked();
  await expect(page).toHaveURL(/after=hide/);
  await expect(rows).toHaveCount(3);
  await expect(page.locator('.event-table [data-event-id="war"]')).toHaveCount(0);
  await page.getByLabel("Hide events after the commentary").click();
  await expect(page.getByLabel("Hide events after the commentary")).not.toBeChecked();
  await page.getByRole("group", { name: "Show only events these experts discuss" }).getByRole("button", { name: "Ada Expert" }).click();
  await expect(page).toHaveURL(/expert=ada/);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute("data-event-id", "deal");
  await page.getByLabel("Tag").selectOption("deal");
  await expect(page).toHaveURL(/tag=deal/);
});

test("selecting an event shows its detail with sources, links and the expert's commentary", async ({ page }) => {
  await page.goto(home("?event=deal"));
  await explorerReady(page);
  const panel = detail(page);
  await expect(panel.getByRole("heading", { name: "Deal agreed" })).toBeVisible();
  await expect(panel.locator("time")).toHaveText("14 July 2015");
  await expect(panel).toContainText("Diplomacy");
  await expect(panel).toContainText("A, B");
  const source = panel.locator(".source-list a");
  await expect(source).toHaveAttribute("href", "https://example.org/deal");
  await expect(source).toHaveAttribute("target", "_blank");
  await expect(source).toHaveAttribute("rel", /noopener/);
  // The commentary, by expert, every expert accounted for; each quote once on the page.
  await expect(panel.locator('[data-expert-id="ada"] blockquote')).toHaveText("The deal mattered.");
  await expect(panel.locator('[data-expert-id="ada"] h4')).toHaveText("Ada Expert Fellow, Institute");
  await expect(page.getByText("The deal mattered.")).toHaveCount(1);
  await panel.getByRole("button", { name: "Talks in spring" }).click();
  await expect(page).toHaveURL(/event=talks/);
  await expect(panel.getByRole("heading", { name: "Talks in spring" })).toBeVisible();
  await expect(panel).toContainText("Deal agreed");
});

test("a headline in the commentary list zooms to its anchors and selects its event", async ({ page }) => {
  await page.goto(home());
  await explorerReady(page);
  await pane(page).locator('[data-annotation-id="ada-deal"] button').click();
  await expect(page).toHaveURL(/note=ada-deal/);
  const params = search(page);
  expect(params.get("event")).toBe("deal");
  expect(params.get("from")! < "2015-07-14").toBe(true);
  expect(params.get("to")! > "2018-05-08").toBe(true);
  expect(params.get("to")! < "2020-01-01").toBe(true);
});

test("Back and Forward walk through selections; Escape clears", async ({ page }) => {
  await page.goto(home("?view=list"));
  await explorerReady(page);
  await page.getByRole("button", { name: "Deal agreed" }).click();
  await expect(detail(page).getByRole("heading", { name: "Deal agreed" })).toBeVisible();
  await page.getByRole("button", { name: "War", exact: true }).click();
  await expect(detail(page).getByRole("heading", { name: "War" })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/event=deal/);
  await expect(detail(page).getByRole("heading", { name: "Deal agreed" })).toBeVisible();
  await page.goForward();
  await expect(page).toHaveURL(/event=war/);
  await expect(detail(page).getByRole("heading", { name: "War" })).toBeVisible();
  await page.locator("body").press("Escape");
  await expect(page).not.toHaveURL(/event=/);
  await expect(detail(page)).toHaveCount(0);
  await expect(pane(page).getByRole("heading", { name: "Expert commentary" })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/event=war/);
});

test("opening a copied URL reproduces the view", async ({ page }) => {
  await page.goto(home("?from=2015-01-01&to=2016-12-31&lanes=military,diplomacy&event=deal&expert=ada&q=deal"));
  await explorerReady(page);
  await expect(page.getByTestId("window-label")).toHaveText(/1 Jan 2015 – 31 Dec 2016/);
  await expect(page.locator("#timeline svg text", { hasText: "2016" }).first()).toBeAttached();
  await expect(page.getByLabel("Search events")).toHaveValue("deal");
  await expect(page.locator(".search-results li")).toHaveCount(1);
  await expect(detail(page).getByRole("heading", { name: "Deal agreed" })).toBeVisible();
  await page.getByRole("button", { name: /^Lanes/ }).click();
  await expect(page.locator("[data-lane-row]")).toHaveText(["Military↑↓", "Diplomacy↑↓"]);
});

test("malformed parameters fall back to the default view without an error", async ({ page }) => {
  const response = await page.goto(home("?from=2024-02-30&to=soon&lanes=nope,,&event=%3Cscript%3E&expert=ghost&note=x&actor=Nobody&view=grid&q=%20"));
  await explorerReady(page);
  expect(response?.status()).toBe(200);
  await expect(status(page)).toHaveText("4 of 4 events in view");
  await expect(page.getByTestId("window-label")).toHaveText(/2015 – .*2025/);
  await expect(detail(page)).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Lanes/ })).toContainText("2/2");
});

test("the API answers bad requests with 400 and unknown events with 404", async ({ page }) => {
  const bad = await page.request.get(`${fixtureUrl.good}/api/search?q=x&limit=zero`);
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toBe("Invalid search parameters");
  const missing = await page.request.get(`${fixtureUrl.good}/api/events/no-such-event`);
  expect(missing.status()).toBe(404);
  expect((await page.request.get(`${fixtureUrl.good}/api/events/Bad%20Id`)).status()).toBe(400);
});

test("the list view is an accessible chronological table operable by keyboard", async ({ page }) => {
  await page.goto(home());
  await explorerReady(page);
  await page.getByRole("button", { name: "List" }).click();
  await expect(page).toHaveURL(/view=list/);
  const table = page.getByRole("table", { name: "4 events in time order" });
  await expect(table.locator('thead th[scope="col"]')).toHaveText(["Date", "Event", "Lane"]);
  const order = await table.locator("tbody tr").evaluateAll((rows) => rows.map((row) => row.getAttribute("data-event-id")));
  expect(order).toEqual(["deal", "buildup", "talks", "war"]);
  await table.getByRole("button", { name: "Build-up" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/event=buildup/);
  await expect(detail(page).locator("time")).toHaveText("2019");
});

test("lanes can be hidden and reordered from the keyboard, in the URL", async ({ page }) => {
  await page.goto(home());
  await explorerReady(page);
  const menu = page.getByRole("button", { name: /^Lanes/ });
  await menu.focus();
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Move Military up" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/lanes=military%2Cdiplomacy|lanes=military,diplomacy/);
  await page.getByRole("checkbox", { name: "Diplomacy" }).press("Space");
  await expect(page).toHaveURL(/lanes=military(&|$)/);
  await expect(status(page)).toHaveText("2 of 4 events in view");
  await page.keyboard.press("Escape");
  await expect(menu).toBeFocused();
  await expect(menu).toHaveAttribute("aria-expanded", "false");
});

test("on a phone the selected event opens as a sheet that closes", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(home("?event=deal"));
  await explorerReady(page);
  await expect(pane(page)).toHaveCSS("position", "fixed");
  const box = (await pane(page).boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(845);
  await expect(detail(page).getByRole("heading", { name: "Deal agreed" })).toBeInViewport();
  await page.getByRole("button", { name: "Close the selected event" }).click();
  await expect(page).not.toHaveURL(/event=/);
  await expect(pane(page)).not.toHaveCSS("position", "fixed");
});

test("the reading pane stands beside the figure, full height, at 1280 px", async ({ page }) => {
  await page.goto(home("?event=deal"));
  await explorerReady(page);
  const figure = (await page.locator(".figure-host").boundingBox())!;
  const side = (await pane(page).boundingBox())!;
  expect(side.x).toBeGreaterThanOrEqual(figure.x + figure.width);
  expect(side.y + side.height).toBeGreaterThan(790);
});

test("axe finds no serious or critical problems, with and without a selection", async ({ page }) => {
  const pages = [home(), home("?event=deal&q=deal"), home("?view=list&event=war"), "/?event=us-withdraws-from-jcpoa&q=rome"];
  for (const url of pages) {
    await page.goto(url);
    await explorerReady(page);
    await expect(status(page)).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  }
});

test("after a wheel zoom at 1280×800 the window bar names days, not minutes, and the figure's toolbar stays on one line", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  // A year of the built-in set: a window the URL writes to the hour once a gesture has moved it.
  await page.goto("/?from=2025-01-01&to=2025-12-31");
  await explorerReady(page);
  const toolbar = page.locator(".figure-toolbar");
  const label = page.getByTestId("window-label");
  const oneLine = async () => {
    const boxes = await toolbar.locator(":scope > *, :scope > .window-bar > *").evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).filter((r) => r.height > 0));
    return Math.max(...boxes.map((r) => r.top)) - Math.min(...boxes.map((r) => r.top)) < 16;
  };
  expect(await oneLine()).toBe(true);
  const before = await label.textContent();
  const figure = (await page.locator(".figure-host svg.figure").boundingBox())!;
  await page.mouse.move(figure.x + figure.width * 0.37, figure.y + figure.height * 0.4);
  await page.mouse.wheel(0, -150);
  // The gesture left the window mid-day: the URL keeps its minutes, the label the days it touches.
  await expect(page).toHaveURL(/from=\d{4}-\d\d-\d\dT\d\d(:|%3A)\d\d/);
  await expect(label).not.toHaveText(before!);
  await expect(label).toHaveText(/^Time window: \d{1,2} \w{3} \d{4} – \d{1,2} \w{3} \d{4}$/);
  expect(await oneLine()).toBe(true);
});
