import { expect, test } from "@playwright/test";
import { fixtureUrl } from "./fixtures";
import { chartReady, mark } from "./chart-helpers";

const link = (from: string, to: string) => `.figure path.link[data-from="${from}"][data-to="${to}"]`;
const linkLabel = (from: string, to: string) => `.figure text.link-label[data-from="${from}"][data-to="${to}"]`;
const callout = (id: string) => `.figure g.callout[data-note="${id}"]`;

test.beforeEach(async ({ page }) => {
  await page.goto(`${fixtureUrl.good}/`);
  await chartReady(page);
});

test("hovering an event names it at once, draws its labelled links, lights its callout and marks it in the overview", async ({ page }) => {
  await expect(page.locator(link("deal", "talks"))).toHaveCount(0);
  await page.locator(`${mark("deal")} .mark-shape`).hover();
  await expect(page.getByRole("tooltip")).toContainText("Deal agreed");
  await expect(page.getByRole("tooltip")).toContainText("Diplomacy");
  await expect(page.locator(link("deal", "talks"))).toHaveCount(1);
  await expect(page.locator(linkLabel("deal", "talks"))).toHaveText("led to");
  await expect(page.locator(callout("ada-deal"))).toHaveAttribute("data-hl", "lit");
  await expect(page.locator(mark("deal"))).toHaveAttribute("data-hl", "hover");
  await expect(page.locator(mark("talks"))).toHaveAttribute("data-hl", "related");
  await expect(page.locator('.figure .ov-marker[data-id="deal"]')).toHaveCount(1);
  await page.mouse.move(5, 5);
  await expect(page.locator(link("deal", "talks"))).toHaveCount(0);
  await expect(page.getByRole("tooltip")).toHaveCount(0);
  await expect(page.locator(callout("ada-deal"))).not.toHaveAttribute("data-hl", "lit");
});

test("selecting an event keeps its links and callout highlighted and puts it in the URL", async ({ page }) => {
  await page.locator(`${mark("deal")} .mark-shape`).click();
  await expect(page).toHaveURL(/[?&]event=deal/);
  await page.mouse.move(5, 5);
  await expect(page.locator(mark("deal"))).toHaveClass(/is-selected/);
  await expect(page.locator('.figure path.link[data-from="deal"]')).toHaveCount(1);
  await expect(page.locator(callout("ada-deal"))).toHaveAttribute("data-hl", "lit");
  await expect(page.locator('.figure .ov-marker.selected[data-id="deal"]')).toHaveCount(1);
});

test("clicking a callout selects its note, opens its event in the reading pane and highlights it", async ({ page }) => {
  await page.locator(callout("ada-deal")).click();
  await expect(page).toHaveURL(/[?&]note=ada-deal/);
  await expect(page.locator(callout("ada-deal"))).toHaveClass(/is-active/);
  await expect(page.locator(".reading-pane [data-annotation-id='ada-deal'] blockquote")).toBeVisible();
});

test("the snapshot line is labelled and events after it are marked, or hidden on request", async ({ page }) => {
  await expect(page.locator(".figure .asof text")).toHaveText("Snapshot, April 2025");
  await expect(page.locator(".figure .ov-asof")).toHaveCount(1);
  await expect(page.locator(mark("war"))).toHaveClass(/after-asof/);
  await expect(page.locator(mark("deal"))).not.toHaveClass(/after-asof/);
  await expect(page.locator(".legend")).toContainText("After the commentary");
  await page.getByLabel(/hide events after the commentary/i).click();
  await expect(page.getByLabel(/hide events after the commentary/i)).toBeChecked();
  await expect(page.locator(mark("war"))).toHaveCount(0);
  await expect(page.locator(mark("deal"))).toHaveCount(1);
});

test("an event's label selects it like its mark does", async ({ page }) => {
  const label = page.locator('.figure .mark-label[data-label-for="deal"] text');
  await expect(label).toHaveText("Deal agreed");
  await label.hover();
  await expect(page.getByRole("tooltip")).toContainText("Deal agreed");
  await label.click();
  await expect(page).toHaveURL(/[?&]event=deal/);
  await expect(page.locator(mark("deal"))).toHaveClass(/is-selected/);
});
