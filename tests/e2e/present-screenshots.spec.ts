import { expect, test, type Page } from "@playwright/test";
import { count, story } from "./present-story";

test.use({ viewport: { width: 1920, height: 1080 } });

const px = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));

async function settle(page: Page, step: number) {
  await expect(page.locator(".deck .slide-title, .presenter-counter").first()).toBeVisible();
  const events = story.steps[step - 1]!.events.length;
  await expect(page.locator(".deck [data-label-for], .presenter-now [data-label-for]")).toHaveCount(events);
}

test("projector type is large at 1920×1080 on slides and in the presenter view", async ({ page }, testInfo) => {
  await page.goto(`/present?story=${story.id}&step=1`);
  await settle(page, 1);
  expect(await px(page, ".slide-summary")).toBeGreaterThanOrEqual(28);
  expect(await px(page, ".slide-kicker")).toBeGreaterThanOrEqual(28);
  expect(await px(page, ".slide-title")).toBeGreaterThanOrEqual(56);
  await page.screenshot({ path: testInfo.outputPath("present-first.png") });

  const middle = Math.ceil(count / 2) + 1;
  await page.goto(`/present?story=${story.id}&step=${middle}`);
  await settle(page, middle);
  if (story.steps[middle - 1]!.quotes.length > 0) {
    expect(await px(page, ".slide-quote blockquote")).toBeGreaterThanOrEqual(28);
    expect(await px(page, ".slide-quote figcaption")).toBeGreaterThanOrEqual(28);
  }
  await page.screenshot({ path: testInfo.outputPath("present-middle.png") });

  await page.clock.setFixedTime(new Date("2025-04-24T09:30:00"));
  await page.goto(`/present/presenter?story=${story.id}&step=${middle}`);
  await settle(page, middle);
  expect(await px(page, ".presenter-notes .notes p")).toBeGreaterThanOrEqual(28);
  await page.screenshot({ path: testInfo.outputPath("presenter.png") });
});
