import { expect, type Frame, type Page } from "@playwright/test";

/** A window edge as the URL and the figure write it ("2015-01-01" or "2015-01-01T12:30Z"), in UTC ms. */
const parseEdge = (value: string) => Date.parse(value.length === 10 ? `${value}T00:00Z` : value);

/** The window the URL holds, in UTC ms (null when the URL has none). */
export function urlWindow(page: Page): [number, number] | null {
  const url = new URL(page.url());
  const from = url.searchParams.get("from");
  const to = url.searchParams.get("to");
  return from && to ? [parseEdge(from), parseEdge(to)] : null;
}

/** The URL's window as the explorer reads it (a day-only `to` includes that day), in UTC ms; null when the URL has none. */
export function urlWindowAsRead(page: Page): [number, number] | null {
  const window = urlWindow(page);
  const to = new URL(page.url()).searchParams.get("to");
  return window && to ? [window[0], window[1] + (to.length === 10 ? 86_400_000 : 0)] : null;
}

/** The window the figure draws, from its SVG's data-from/data-to (in a page, or in an embed's frame). */
export async function drawnWindow(page: Page | Frame): Promise<[number, number]> {
  const svg = page.locator(".figure-host svg.figure");
  return [parseEdge((await svg.getAttribute("data-from"))!), parseEdge((await svg.getAttribute("data-to"))!)];
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
