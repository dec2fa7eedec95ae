import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { count, keysReady, story } from "./present-story";

async function seriousFindings(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help}`);
}

test("the presenter view opens from the slides and the two windows drive each other", async ({ page, context }) => {
  await page.goto(`/present?story=${story.id}&step=2`);
  await keysReady(page);
  await expect(page.locator(".deck-counter")).toHaveText(`2 / ${count}`);
  const [presenter] = await Promise.all([context.waitForEvent("page"), page.getByRole("link", { name: "Presenter view" }).click()]);
  await keysReady(presenter);
  await expect(presenter).toHaveURL(new RegExp(`/present/presenter\\?story=${story.id}&step=2`));
  await expect(presenter.locator(".presenter-counter")).toHaveText(`Step 2 / ${count}`);
  await expect(presenter.locator(".presenter-notes h2")).toContainText(story.steps[1]!.title);
  await expect(presenter.locator(".presenter-next .slide-title")).toHaveText(story.steps[2]!.title);

  await page.bringToFront();
  await page.keyboard.press("ArrowRight");
  await expect(page.locator(".deck-counter")).toHaveText(`3 / ${count}`);
  await expect(presenter.locator(".presenter-counter")).toHaveText(`Step 3 / ${count}`);
  await expect(presenter).toHaveURL(/step=3/);

  await presenter.bringToFront();
  await presenter.keyboard.press("PageDown");
  await expect(page.locator(".deck-counter")).toHaveText(`4 / ${count}`);
  await presenter.getByRole("button", { name: "← Previous" }).click();
  await expect(page.locator(".deck-counter")).toHaveText(`3 / ${count}`);
  await expect(page).toHaveURL(/step=3/);
  await expect(page.locator(".deck .slide-title")).toHaveText(story.steps[2]!.title);
});

test("the presenter's stopwatch starts, pauses and resets", async ({ page }) => {
  await page.clock.install();
  await page.goto(`/present/presenter?story=${story.id}&step=1`);
  await keysReady(page);
  const elapsed = page.getByTestId("elapsed");
  await expect(elapsed).toHaveText("0:00");
  await page.getByRole("button", { name: "Start" }).click();
  await page.clock.runFor(65_000);
  await expect(elapsed).toHaveText("1:05");
  await page.getByRole("button", { name: "Pause" }).click();
  await page.clock.runFor(30_000);
  await expect(elapsed).toHaveText("1:05");
  await page.getByRole("button", { name: "Reset" }).click();
  await expect(elapsed).toHaveText("0:00");
});

test("with reduced motion the timeline jumps; without, it moves through in-between windows", async ({ page }) => {
  const windowsSeen = async () => {
    await page.evaluate(() => {
      const svg = document.querySelector(".deck svg.slide-timeline")!;
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      new MutationObserver(() => seen.push(svg.getAttribute("data-from")!)).observe(svg, { attributes: true, attributeFilter: ["data-from"] });
    });
    await page.keyboard.press("ArrowRight");
    await expect(page.locator(".deck svg.slide-timeline")).toHaveAttribute("data-from", story.steps[1]!.from);
    await expect(page.locator(".deck [data-label-for]").first()).toBeVisible();
    return page.evaluate(() => (window as unknown as { seen: string[] }).seen);
  };
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto(`/present?story=${story.id}&step=1`);
  await keysReady(page);
  expect(new Set(await windowsSeen())).toEqual(new Set([story.steps[1]!.from]));

  await page.emulateMedia({ reducedMotion: "no-preference" });
  await page.goto(`/present?story=${story.id}&step=1`);
  await keysReady(page);
  expect(new Set(await windowsSeen()).size).toBeGreaterThan(2);
});

test("an ad-hoc briefing kept in local storage presents its steps in order and survives a reload", async ({ page }) => {
  const steps = [story.steps[4]!, story.steps[0]!, story.steps[8]!].map((s) => ({ ...s, quotes: [] }));
  await page.goto("/present?story=adhoc");
  await expect(page.getByRole("heading", { name: "No briefing to present yet" })).toBeVisible();
  await page.evaluate((value) => localStorage.setItem("snapshots:adhoc-story", value), JSON.stringify({ id: "adhoc", title: "My briefing", steps }));
  await page.goto("/present?story=adhoc&step=1");
  await keysReady(page);
  for (const [i, step] of steps.entries()) {
    await expect(page.locator(".deck-counter")).toHaveText(`${i + 1} / 3`);
    await expect(page.locator(".deck .slide-title")).toHaveText(step.title);
    // The kicker is set in capitals (measured so by the slide layout).
    await expect(page.locator(".deck .slide-kicker")).toHaveText("MY BRIEFING");
    await page.keyboard.press("ArrowRight");
  }
  await page.keyboard.press("ArrowLeft");
  await expect(page).toHaveURL(/story=adhoc&step=2/);
  await page.reload();
  await keysReady(page);
  await expect(page.locator(".deck .slide-title")).toHaveText(steps[1]!.title);
});

test("slides and presenter view have no serious accessibility findings", async ({ page }) => {
  await page.goto(`/present?story=${story.id}&step=5`);
  await keysReady(page);
  await expect(page.locator(".deck .slide-title")).toBeVisible();
  expect(await seriousFindings(page)).toEqual([]);
  await page.goto(`/present/presenter?story=${story.id}&step=5`);
  await keysReady(page);
  await expect(page.locator(".presenter-counter")).toBeVisible();
  expect(await seriousFindings(page)).toEqual([]);
});
