import { expect, test } from "@playwright/test";
import { explorerReady } from "./fixtures";

// The built-in set on a phone: enough notes that some find no room on the figure.
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

test("at 390×844 search results open in the viewport, where the thumb is", async ({ page }) => {
  await page.goto("/");
  await explorerReady(page);
  await page.getByRole("searchbox").fill("snapback");
  await page.getByRole("searchbox").press("Enter");
  const first = page.locator(".search-results li").first();
  await expect(first).toBeVisible();
  await expect(first).toBeInViewport();
  // The sheet closes with its own button and the figure is whole again.
  await page.getByRole("button", { name: "Clear the search" }).click();
  await expect(page.locator(".search-results")).toHaveCount(0);
});

test("at 390×844 “+N notes” brings the notes without room into view", async ({ page }) => {
  await page.goto("/");
  await explorerReady(page);
  const more = page.locator(".figure-more-notes");
  await expect(more).toBeVisible();
  await more.click();
  const heading = page.getByRole("heading", { name: "Notes without room on the figure at this zoom" });
  await expect(heading).toBeInViewport();
  await expect(heading).toBeFocused();
  await expect(page.locator(".notes-more li").first()).toBeInViewport();
});

test("at 390×844 lane names sit over the grid, on a halo, so no grid line cuts through them", async ({ page }) => {
  await page.goto("/");
  await explorerReady(page);
  const names = page.locator(".figure .lane-names .lane-label");
  await expect(names.first()).toHaveAttribute("stroke", /.+/);
  const after = await page.evaluate(() => {
    const axis = document.querySelector(".figure .axis")!;
    const lanes = document.querySelector(".figure .lane-names")!;
    return Boolean(axis.compareDocumentPosition(lanes) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  expect(after).toBe(true);
});
