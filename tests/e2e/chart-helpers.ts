import { expect, type Page } from "@playwright/test";

/** The window the URL holds, in UTC ms (null when the URL has none). */
export function urlWindow(page: Page): [number, number] | null {
  const url = new URL(page.url());
  const from = url.searchParams.get("from");
  const to = url.searchParams.get("to");
  const parse = (value: string) => Date.parse(value.length === 10 ? `${value}T00:00Z` : value);
  return from && to ? [parse(from), parse(to)] : null;
}

/** The URL's window as the explorer reads it (a day-only `to` includes that day), in UTC ms; null when the URL has none. */
export function urlWindowAsRead(page: Page): [number, number] | null {
  const url = new URL(page.url());
  const from = url.searchParams.get("from");
  const to = url.searchParams.get("to");
  if (!from || !to) return null;
  const parse = (value: string) => Date.parse(value.length === 10 ? `${value}T00:00Z` : value);
  return [parse(from), parse(to) + (to.length === 10 ? 86_400_000 : 0)];
}

/** The window the figure draws, from its SVG's data-from/data-to. */
export async function drawnWindow(page: Page): Promise<[number, number]> {
  const svg = page.locator(".figure-host svg.figure");
  const parse = (value: string | null) => Date.parse(value!.length === 10 ? `${value}T00:00Z` : value!);
  return [parse(await svg.getAttribute("data-from")), parse(await svg.getAttribute("data-to"))];
}

/** The overview brush's selection rectangle, in page pixels. */
export async function brushBox(page: Page) {
  const box = await page.locator(".figure .brush .selection").boundingBox();
  expect(box).not.toBeNull();
  return box!;
}

/** Waits for the figure to be hydrated and interactive. */
export async function chartReady(page: Page) {
  await expect(page.locator(".figure-host[data-ready]")).toBeAttached();
  await expect(page.locator(".figure .brush .selection")).toBeAttached();
}

export const mark = (id: string) => `.figure-host svg.figure g.mark[data-event="${id}"]`;
