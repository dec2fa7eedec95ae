import { expect, test } from "@playwright/test";
import { fixtureUrl } from "./fixtures";
import { chartReady } from "./chart-helpers";

const mark = (id: string) => `.tchart-detail g.mark[data-id="${id}"]`;

test.beforeEach(async ({ page }) => {
  await page.goto(`${fixtureUrl.good}/`);
  await chartReady(page);
});

test("hovering an event draws its links, lights its callout and marks it in the overview", async ({ page }) => {
  const link = page.locator('.tchart-detail g.link[data-from="deal"][data-to="talks"]');
  const callout = page.locator('.tchart-detail g.callout[data-annotation-id="ada-deal"]');
  await expect(link).toHaveCount(0);
  await expect(callout).not.toHaveClass(/is-active/);
  await page.locator(`${mark("deal")} .mark-shape`).hover();
  await expect(link).toHaveCount(1);
  await expect(link.locator("text")).toHaveText("led to");
  await expect(callout).toHaveClass(/is-active/);
  await expect(page.locator(mark("deal"))).toHaveClass(/is-hovered/);
  await expect(page.locator(mark("talks"))).toHaveClass(/is-related/);
  await expect(page.locator('.tchart-overview .ov-marker[data-id="deal"]')).toHaveCount(1);
  await page.mouse.move(5, 5);
  await expect(link).toHaveCount(0);
  await expect(callout).not.toHaveClass(/is-active/);
});

test("selecting an event keeps its links and callout highlighted and puts it in the URL", async ({ page }) => {
  await page.locator(`${mark("deal")} .mark-shape`).click();
  await expect(page).toHaveURL(/[?&]event=deal/);
  await page.mouse.move(5, 5);
  await expect(page.locator(mark("deal"))).toHaveClass(/is-selected/);
  await expect(page.locator('.tchart-detail g.link[data-from="deal"]')).toHaveCount(1);
  await expect(page.locator('.tchart-detail g.callout[data-annotation-id="ada-deal"]')).toHaveClass(/is-active/);
  await expect(page.locator('.tchart-overview .ov-marker.selected[data-id="deal"]')).toHaveCount(1);
});

test("clicking a callout selects its annotation and highlights its anchored events", async ({ page }) => {
  await page.locator('.tchart-detail g.callout[data-annotation-id="ada-deal"] .callout-text').click();
  await expect(page.locator('.tchart-detail g.callout[data-annotation-id="ada-deal"]')).toHaveClass(/is-active/);
  await expect(page.locator(mark("deal"))).toHaveClass(/is-anchor/);
});

test("the snapshot line is labelled and events after it are marked, or hidden on request", async ({ page }) => {
  await expect(page.locator(".tchart-detail .asof text")).toHaveText("Snapshot, April 2025");
  await expect(page.locator(".tchart-overview .ov-asof line")).toHaveCount(1);
  await expect(page.locator(mark("war"))).toHaveClass(/after-asof/);
  await expect(page.locator(mark("deal"))).not.toHaveClass(/after-asof/);
  await expect(page.locator(".tchart-legend")).toContainText("After the commentary");
  await page.getByLabel(/hide events after the commentary/i).check();
  await expect(page.locator(mark("war"))).toHaveCount(0);
  await expect(page.locator(mark("deal"))).toHaveCount(1);
});
