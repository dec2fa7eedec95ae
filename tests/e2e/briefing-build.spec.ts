import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { explorerReady } from "./fixtures";
import { MAX_TARGET_CHARS } from "@/lib/http/request-target";
import { encodeShare } from "@/lib/story/share";
import { keysReady, story } from "./present-story";

const tray = (page: Page) => page.locator('section[aria-labelledby="briefing-tray-heading"]');
const steps = (page: Page) => page.getByRole("list", { name: "Steps of the briefing" }).locator(":scope > li");

async function openTray(page: Page) {
  const button = page.getByRole("button", { name: /^Briefing \d+$/ });
  if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
  await expect(tray(page)).toBeVisible();
}

async function addEvent(page: Page, id: string) {
  await page.goto(`/?event=${id}`);
  await explorerReady(page);
  await openTray(page);
  const add = page.getByRole("button", { name: "Add selected event" });
  // Enabled once the event's detail (interval, lane, neighbours) has arrived.
  await expect(add).toBeEnabled();
  const before = await steps(page).count();
  await add.click();
  await expect(steps(page)).toHaveCount(before + 1);
}

const stored = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem("snapshots:adhoc-story") ?? "null"));

/** Presses Tab (or Shift+Tab) until `target` has focus: proves a person with a keyboard can reach it. */
async function tabTo(page: Page, target: Locator, key: "Tab" | "Shift+Tab" = "Tab", limit = 80) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`could not reach ${target} with Tab`);
}

test("build a 4-event briefing, edit and reorder it, present it, and open its share link on another machine", async ({ page, browser }) => {
  await addEvent(page, "us-iran-talks-round-1-muscat");
  await addEvent(page, "us-iran-talks-round-2-rome");
  await addEvent(page, "iaea-board-noncompliance-june-2025");
  await addEvent(page, "israel-iran-12-day-war");
  const story = await stored(page);
  // Each step is framed around its event, not the explorer's whole window (2002–2026).
  for (const step of story.steps) {
    expect(Date.parse(step.to) - Date.parse(step.from)).toBeLessThan(3.2 * 365 * 86_400_000);
    expect(step.from > "2020-01-01").toBe(true);
  }
  expect(story.steps[0].lanes).toContain("diplomacy");

  // Edit the second step's title and speaker notes.
  await tray(page).getByRole("button", { name: /^Edit step 2:/ }).click();
  const editor = tray(page).getByRole("group", { name: "Edit step 2" });
  await editor.getByLabel("Title").fill("Rome: the second round");
  await editor.getByLabel("Speaker notes").fill("Witkoff and Araghchi met for four hours.\n\nBoth sides called it constructive.");
  await editor.getByLabel("Target time").fill("1:30");
  // An empty title is refused and says so; the last good one is kept.
  await editor.getByLabel("Summary").fill("");
  await expect(editor.getByText("Summary cannot be empty")).toBeVisible();
  await editor.getByLabel("Summary").fill("The second round, in Rome.");
  await expect.poll(async () => (await stored(page)).steps[1]).toMatchObject({ title: "Rome: the second round", summary: "The second round, in Rome.", target: 90 });
  await tray(page).getByRole("button", { name: /^Edit step 2:/ }).click();

  // Reorder: drag step 4 to the top, then move it back down one place with the keyboard.
  // The tray scrolls on its own beside the reading pane: bring its list into view, as a person would, then drag.
  await page.getByRole("list", { name: "Steps of the briefing" }).evaluate((list) => list.scrollIntoView({ block: "start" }));
  await steps(page).nth(3).getByRole("button", { name: /^Reorder step 4/ }).dragTo(steps(page).nth(0));
  await expect(steps(page).nth(0)).toContainText("12-day war");
  await steps(page).nth(0).getByRole("button", { name: /^Reorder step 1/ }).focus();
  await page.keyboard.press("ArrowDown");
  await expect(steps(page).nth(1)).toContainText("12-day war");
  await expect(steps(page).nth(1).getByRole("button", { name: /^Reorder step 2/ })).toBeFocused();
  // Duplicate and remove.
  await tray(page).getByRole("button", { name: /^Duplicate step 3/ }).click();
  await expect(steps(page)).toHaveCount(5);
  await tray(page).getByRole("button", { name: /^Remove step 4: .*\(copy\)/ }).click();
  await expect(steps(page)).toHaveCount(4);
  const built = await stored(page);
  expect(built.steps.map((s: { events: string[] }) => s.events[0])).toEqual(["us-iran-talks-round-1-muscat", "israel-iran-12-day-war", "us-iran-talks-round-2-rome", "iaea-board-noncompliance-june-2025"]);
  const expected: string[] = built.steps.map((s: { title: string }) => s.title);
  expect(expected[2]).toBe("Rome: the second round");

  // Present it.
  await tray(page).getByRole("link", { name: "Present briefing" }).click();
  await page.waitForURL(/\/present\?story=adhoc&step=1/);
  await keysReady(page);
  for (const [i, title] of expected.entries()) {
    await expect(page.locator(".deck-counter")).toHaveText(`${i + 1} / 4`);
    await expect(page.locator(".deck .slide-title")).toHaveText(title);
    await expect(page.locator(".deck .slide-source")).toContainText(/Sources: /);
    await page.keyboard.press("ArrowRight");
  }

  // The share link carries the whole deck: a fresh browser (no local storage) opens the same one.
  await page.goto("/present/presenter?story=adhoc&step=1");
  await keysReady(page);
  const href = await page.locator("[data-share-link]").getAttribute("href");
  expect(href).toMatch(/^\/present\?deck=1\.[A-Za-z0-9_-]+&step=1$/);
  const other = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  try {
    const elsewhere = await other.newPage();
    await elsewhere.goto(href!);
    await keysReady(elsewhere);
    expect(await elsewhere.evaluate(() => localStorage.length)).toBe(0);
    for (const [i, title] of expected.entries()) {
      await expect(elsewhere.locator(".deck-counter")).toHaveText(`${i + 1} / 4`);
      await expect(elsewhere.locator(".deck .slide-title")).toHaveText(title);
      await elsewhere.keyboard.press("ArrowRight");
    }
    const presenter = elsewhere.locator(".deck-controls").getByRole("link", { name: "Presenter view" });
    const [notes] = await Promise.all([elsewhere.waitForEvent("popup"), presenter.click()]);
    await keysReady(notes);
    await notes.keyboard.press("Home");
    await notes.keyboard.press("ArrowRight");
    await notes.keyboard.press("ArrowRight");
    await expect(notes.locator(".presenter-notes h2")).toContainText("Rome: the second round");
    await expect(notes.locator(".presenter-notes .notes p")).toHaveText(["Witkoff and Araghchi met for four hours.", "Both sides called it constructive."]);
    // Targets add up: 1:30 on step 3, none elsewhere.
    await expect(notes.getByTestId("plan")).toContainText("1:30 of 1:30");
  } finally {
    await other.close();
  }
});

test("a shared link that has been cut short says so, and answers 400", async ({ page }) => {
  // The status is decided before the page is sent: nothing is streamed ahead of it (a loading screen once sent 200).
  const response = await page.goto("/present?deck=1.eJyrVkpMSS");
  expect(response?.status()).toBe(400);
  await expect(page.getByRole("heading", { name: "This briefing link cannot be opened" })).toBeVisible();
  await expect(page.getByText(/cut short/)).toBeVisible();
});

test("a long briefing's share link (twelve steps with their notes, over 8,000 characters) opens like a short one", async ({ page }) => {
  const shared = encodeShare({ ...story, id: "adhoc" });
  expect(shared.ok).toBe(true);
  expect(shared.encoded.length).toBeGreaterThan(MAX_TARGET_CHARS);
  const response = await page.goto(`/present?deck=${shared.encoded}&step=${story.steps.length}`);
  expect(response!.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: story.steps.at(-1)!.title })).toBeVisible();
  const presenter = await page.request.get(`/present/presenter?deck=${shared.encoded}&step=1`);
  expect(presenter.status()).toBe(200);
});

test("keyboard only: find an event, add it, open the editor, present the briefing", async ({ page }) => {
  await page.goto("/");
  await explorerReady(page);
  await tabTo(page, page.getByRole("searchbox"));
  await page.keyboard.type("Muscat");
  await page.keyboard.press("Enter");
  const hit = page.locator(".search-results li").first().getByRole("button");
  await expect(hit).toBeVisible();
  await tabTo(page, hit);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/[?&]event=/);

  // The tray's button sits under the timeline, before the panels: back up to it.
  await tabTo(page, page.getByRole("button", { name: /^Briefing \d+$/ }), "Shift+Tab");
  await page.keyboard.press("Enter");
  const add = page.getByRole("button", { name: "Add selected event" });
  await expect(add).toBeEnabled();
  await tabTo(page, add);
  await page.keyboard.press("Enter");
  await expect(steps(page)).toHaveCount(1);
  const edit = tray(page).getByRole("button", { name: /^Edit step 1/ });
  await tabTo(page, edit);
  await page.keyboard.press("Enter");
  await tabTo(page, tray(page).getByLabel("Title", { exact: true }));
  await page.keyboard.press("End");
  await page.keyboard.type(" (keyboard)");
  await expect.poll(async () => (await stored(page)).steps[0].title).toMatch(/\(keyboard\)$/);
  // Escape closes the tray and gives focus back to its button.
  await page.keyboard.press("Escape");
  await expect(page.getByRole("button", { name: /^Briefing \d+$/ })).toBeFocused();
  await page.keyboard.press("Enter");
  const present = tray(page).getByRole("link", { name: "Present briefing" });
  await tabTo(page, present);
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/present\?story=adhoc/);
  await keysReady(page);
  await expect(page.locator(".deck .slide-title")).toHaveText(/\(keyboard\)$/);
  await page.keyboard.press("Escape");
  await page.waitForURL((url) => url.pathname === "/");
});

test("the tray and the presenter view pass axe", async ({ page }) => {
  await addEvent(page, "us-iran-talks-round-2-rome");
  await page.getByRole("button", { name: "Add current window" }).click();
  await tray(page).getByRole("button", { name: /^Edit step 1/ }).click();
  await expect(tray(page).getByRole("group", { name: "Edit step 1" }).getByRole("checkbox").first()).toBeVisible();
  const trayResults = await new AxeBuilder({ page }).include('section[aria-labelledby="briefing-tray-heading"]').analyze();
  expect(trayResults.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);

  await page.goto("/present/presenter?story=adhoc&step=1");
  await keysReady(page);
  const presenter = await new AxeBuilder({ page }).analyze();
  expect(presenter.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
});

test("a deck someone shared can be taken into the tray as a copy and edited there", async ({ page }) => {
  await addEvent(page, "us-iran-talks-round-2-rome");
  await page.goto("/present/presenter?story=adhoc&step=1");
  await keysReady(page);
  const href = (await page.locator("[data-share-link]").getAttribute("href"))!;
  await page.evaluate(() => localStorage.clear());
  await page.goto(href.replace("/present?", "/present/presenter?"));
  await keysReady(page);
  await page.getByRole("button", { name: "Edit a copy" }).click();
  await page.waitForURL((url) => url.pathname === "/");
  await explorerReady(page);
  await openTray(page);
  await expect(steps(page)).toHaveCount(1);
  await expect(steps(page).first()).toContainText("Rome");
});

test("the open tray takes a place of its own: the figure and the search results stay in full view", async ({ page }) => {
  await page.goto("/?q=Muscat&event=us-iran-talks-round-2-rome");
  await explorerReady(page);
  await openTray(page);
  const trayBox = (await page.locator("#briefing-dock").boundingBox())!;
  for (const covered of [page.locator(".figure-host"), page.locator(".search-results").first()]) {
    const box = (await covered.boundingBox())!;
    const overlap = Math.max(0, Math.min(box.x + box.width, trayBox.x + trayBox.width) - Math.max(box.x, trayBox.x)) * Math.max(0, Math.min(box.y + box.height, trayBox.y + trayBox.height) - Math.max(box.y, trayBox.y));
    expect(overlap).toBe(0);
  }
  // A click meant for an event reaches it (the search filter draws only the events that match "Muscat").
  await page.locator('.figure .mark-label[data-label-for="us-iran-talks-round-1-muscat"] text').click();
  await expect(page).toHaveURL(/[?&]event=us-iran-talks-round-1-muscat/);
});

test("adding the same event twice asks first, and a removed step can be put back", async ({ page }) => {
  await addEvent(page, "us-iran-talks-round-2-rome");
  const add = page.getByRole("button", { name: "Add selected event" });
  await add.click();
  await expect(tray(page).getByText("Not added: step 1 already shows “US-Iran talks, round 2 (Rome)”.")).toBeVisible();
  await expect(steps(page)).toHaveCount(1);
  await tray(page).getByRole("button", { name: "Add it again" }).click();
  await expect(steps(page)).toHaveCount(2);

  await tray(page).getByRole("button", { name: /^Remove step 1/ }).click();
  await expect(steps(page)).toHaveCount(1);
  await expect(tray(page).getByText(/^Removed step 1/)).toBeVisible();
  // An edit made before Undo is kept: Undo puts the step back into the briefing as it is now.
  await tray(page).getByRole("textbox", { name: "Briefing title" }).fill("Rome, twice");
  await tray(page).getByRole("button", { name: "Undo" }).click();
  await expect(steps(page)).toHaveCount(2);
  expect(await stored(page)).toMatchObject({ title: "Rome, twice", steps: [{}, {}] });
});
