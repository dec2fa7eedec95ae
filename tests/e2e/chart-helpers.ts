import { expect, type Page } from "@playwright/test";

/** The detail window the URL holds, in UTC ms (null when the URL has none). */
export function urlWindow(page: Page): [number, number] | null {
  const url = new URL(page.url());
  const from = url.searchParams.get("from");
  const to = url.searchParams.get("to");
  return from && to ? [Date.parse(from), Date.parse(to)] : null;
}

/** The overview brush's selection rectangle, in page pixels. */
export async function brushBox(page: Page) {
  const box = await page.locator(".tchart .brush .selection").boundingBox();
  expect(box).not.toBeNull();
  return box!;
}

/** Waits for the interactive chart to have drawn at least once. */
export async function chartReady(page: Page) {
  await expect(page.locator(".tchart[data-drawn]")).toBeAttached();
  await expect(page.locator(".tchart-detail g.lane").first()).toBeAttached();
}
