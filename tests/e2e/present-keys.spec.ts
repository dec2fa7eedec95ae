import { expect, test, type Page } from "@playwright/test";
import { fixtureUrl } from "./fixtures";
import { count, keysReady, story } from "./present-story";

const counter = (page: Page) => page.locator(".deck-counter");
const title = (page: Page) => page.locator(".deck .slide-title");

async function expectStep(page: Page, step: number) {
  await expect(counter(page)).toHaveText(`${step} / ${count}`);
  await expect(title(page)).toHaveText(story.steps[step - 1]!.title);
  await expect(page).toHaveURL(new RegExp(`[?&]step=${step}(&|$)`));
}

test("/present opens the default story at step 1 and the keys a clicker sends walk all of it", async ({ page }) => {
  await page.goto("/present");
  await keysReady(page);
  await expect(page).toHaveURL(new RegExp(`story=${story.id}`));
  await expectStep(page, 1);
  const requests: string[] = [];
  // The browser re-reads the tab's icon when the URL changes; that is its chrome, not the deck fetching.
  page.on("request", (request) => {
    if (new URL(request.url()).pathname !== "/icon.svg") requests.push(request.url());
  });
  const forward = ["ArrowRight", "Space", "PageDown"];
  for (let step = 2; step <= count; step++) {
    await page.keyboard.press(forward[step % 3]!);
    await expectStep(page, step);
  }
  await page.keyboard.press("ArrowRight");
  await expectStep(page, count);
  await page.keyboard.press("ArrowLeft");
  await expectStep(page, count - 1);
  await page.keyboard.press("PageUp");
  await expectStep(page, count - 2);
  await page.keyboard.press("Home");
  await expectStep(page, 1);
  await page.keyboard.press("PageUp");
  await expectStep(page, 1);
  await page.keyboard.press("End");
  await expectStep(page, count);
  await page.keyboard.type("4");
  await expect(counter(page)).toHaveText("Go to 4 ↵");
  await page.keyboard.press("Enter");
  await expectStep(page, 4);
  await page.keyboard.type("99");
  await page.keyboard.press("Enter");
  await expectStep(page, count);
  expect(requests, "nothing is fetched once the deck has loaded").toEqual([]);
});

test("F toggles full screen", async ({ page }) => {
  await page.goto(`/present?story=${story.id}&step=2`);
  await keysReady(page);
  await expectStep(page, 2);
  await page.keyboard.press("f");
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await page.keyboard.press("f");
  await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
  await expectStep(page, 2);
});

test("each slide lights and names its events, and the progress bar follows", async ({ page }) => {
  await page.goto(`/present?story=${story.id}&step=1`);
  await keysReady(page);
  for (let step = 1; step <= count; step++) {
    const events = story.steps[step - 1]!.events;
    const labels = page.locator(".deck .slide-timeline [data-label-for]");
    await expect(page.locator(".deck .slide-events li")).toHaveCount(events.length);
    await expect(labels).toHaveCount(events.length);
    expect((await labels.evaluateAll((els) => els.map((el) => el.getAttribute("data-label-for")))).sort()).toEqual([...events].sort());
    await expect(page.locator(".deck .mark.is-lit")).toHaveCount(events.length);
    await expect(page.getByRole("progressbar")).toHaveAttribute("aria-valuenow", String(step));
    await page.keyboard.press("ArrowRight");
  }
});

test("a reload resumes at the step in the URL", async ({ page }) => {
  await page.goto(`/present?story=${story.id}&step=3`);
  await keysReady(page);
  await expectStep(page, 3);
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expectStep(page, 5);
  await page.reload();
  await keysReady(page);
  await expectStep(page, 5);
});

test("unknown stories and odd steps fall back to a sane slide", async ({ page }) => {
  await page.goto("/present?story=no-such-story&step=banana");
  await keysReady(page);
  await expectStep(page, 1);
  await expect(page).toHaveURL(new RegExp(`story=${story.id}`));
  await page.goto(`/present?story=${story.id}&step=999`);
  await keysReady(page);
  await expectStep(page, count);
  await page.goto(`/present?story=${story.id}&step=-3`);
  await keysReady(page);
  await expectStep(page, 1);
});

test("Escape leaves to the explorer at the step's window", async ({ page }) => {
  const step = story.steps[1]!;
  await page.goto(`/present?story=${story.id}&step=2`);
  await keysReady(page);
  await expectStep(page, 2);
  await page.keyboard.press("Escape");
  await page.waitForURL((url) => url.pathname === "/");
  const params = new URL(page.url()).searchParams;
  expect(params.get("from")).toBe(step.from);
  expect(params.get("to")).toBe(step.to);
  if (step.events[0]) expect(params.get("event")).toBe(step.events[0]);
  if (step.lanes) expect(params.get("lanes")).toBe(step.lanes.join(","));
});

test("another data set presents its own first story, and a broken one gets the clear error page", async ({ page }) => {
  await page.goto(`${fixtureUrl.good}/present?step=2`);
  await keysReady(page);
  await expect(page.locator(".deck-counter")).toHaveText("2 / 2");
  await expect(page.locator(".deck .slide-title")).toHaveText("The war");
  const response = await page.goto(`${fixtureUrl.bad}/present/presenter`);
  expect(response?.status()).toBe(503);
  await expect(page.getByRole("heading", { name: "The data set could not be loaded" })).toBeVisible();
});
