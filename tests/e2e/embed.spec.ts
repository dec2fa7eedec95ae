import { expect, test, type Frame, type Page } from "@playwright/test";
import { createServer, type Server } from "node:http";
import { EMBEDDER_PORT } from "../../playwright.config";
import { drawnWindow } from "./chart-helpers";
import { fixtureUrl } from "./fixtures";

/**
 * /embed framed by "another site": a page served here on EMBEDDER_PORT. http://localhost:PORT is the origin
 * the test servers' EMBED_ORIGINS allows; http://127.0.0.1:PORT is the same page from an origin it does not.
 */
const ALLOWED = `http://localhost:${EMBEDDER_PORT}`;
const REFUSED = `http://127.0.0.1:${EMBEDDER_PORT}`;
const VIEW = "from=2015-01-01&to=2025-12-31";
const EMBED_URL = `${fixtureUrl.good}/embed?${VIEW}`;

let host: Server;
test.beforeAll(async () => {
  host = createServer((req, res) => {
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.end(`<!doctype html><html lang="en"><title>A news site</title><h1>An article</h1>
<iframe src="${EMBED_URL}" title="Timeline" width="900" height="560" style="border:0" onload="window.frameLoaded = true"></iframe>`);
  });
  await new Promise<void>((resolve) => host.listen(EMBEDDER_PORT, "127.0.0.1", resolve));
});
test.afterAll(async () => new Promise<void>((resolve) => host.close(() => resolve())));

function embedFrame(page: Page): Frame {
  const frame = page.frames().find((f) => f.url().startsWith(`${fixtureUrl.good}/embed`));
  expect(frame, "the embed's frame").toBeTruthy();
  return frame!;
}

test("an allowed site frames /embed: the figure alone, a link back, wheel and keys answered, tooltips shown", async ({ page }) => {
  await page.goto(`${ALLOWED}/article.html`);
  await expect.poll(() => page.evaluate(() => (window as { frameLoaded?: boolean }).frameLoaded)).toBe(true);
  const frame = embedFrame(page);
  const history = await page.evaluate(() => window.history.length);
  await expect(frame.locator(".embed[data-ready] .figure-host[data-ready]")).toBeAttached();
  await expect(frame.locator('.figure-host svg.figure g.mark[data-event="deal"]')).toBeAttached();
  // No chrome: no header, toolbar, reading pane or list.
  await expect(frame.locator("header, .explorer-header, .toolbar, .reading-pane, .all-events")).toHaveCount(0);
  const back = frame.getByRole("link", { name: /Open in Snapshots/ });
  await expect(back).toHaveAttribute("href", `/?${VIEW}`);
  await expect(back).toHaveAttribute("target", "_blank");

  // The wheel over the figure zooms (the drawn window narrows).
  const span = async () => {
    const [from, to] = await drawnWindow(frame);
    return to - from;
  };
  const before = await span();
  const box = (await frame.locator(".figure-host").boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 3);
  await page.mouse.wheel(0, -400);
  await expect.poll(span).toBeLessThan(before * 0.9);

  // Keys: the figure takes focus; → focuses the first event and the tooltip names it; − zooms out again.
  await frame.locator(".figure-host").focus();
  await page.keyboard.press("ArrowRight");
  await expect(frame.getByRole("tooltip")).toContainText(/\w/);
  const zoomed = await span();
  await page.keyboard.press("-");
  await expect.poll(span).toBeGreaterThan(zoomed);

  // The pointer over a mark shows its tooltip.
  await page.keyboard.press("Escape");
  await frame.locator(".figure-zoom").getByRole("button", { name: "Fit all" }).click();
  const deal = frame.locator('.figure-host svg.figure g.mark[data-event="deal"]');
  const mark = (await deal.boundingBox())!;
  await page.mouse.move(mark.x + mark.width / 2, mark.y + mark.height / 2);
  await expect(frame.getByRole("tooltip")).toContainText("Deal agreed");
  // The host page's history is left alone: the frame replaces its own URL.
  expect(await page.evaluate(() => window.history.length)).toBe(history);
});

test("a site not in EMBED_ORIGINS is refused: frame-ancestors names only the allowed origin, and nothing renders", async ({ page }) => {
  const refusals: string[] = [];
  page.on("console", (message) => {
    if (/frame-ancestors/.test(message.text())) refusals.push(message.text());
  });
  const answered = page.waitForResponse((response) => response.url().startsWith(`${fixtureUrl.good}/embed`));
  await page.goto(`${REFUSED}/article.html`);
  const response = await answered;
  const policy = response.headers()["content-security-policy"] ?? "";
  expect(policy).toContain(`frame-ancestors ${ALLOWED}`);
  expect(policy).not.toContain(REFUSED);
  expect(response.headers()["x-frame-options"]).toBeUndefined();
  await expect.poll(() => page.evaluate(() => (window as { frameLoaded?: boolean }).frameLoaded)).toBe(true);
  await expect.poll(() => refusals.length).toBeGreaterThan(0);
  // The frame holds the browser's error page, not the embed.
  expect(page.frames().some((f) => f.url().startsWith(`${fixtureUrl.good}/embed`))).toBe(false);
  for (const frame of page.frames()) expect(await frame.locator(".embed").count().catch(() => 0)).toBe(0);

  // Everywhere else framing stays refused, even for the allowed origin.
  const explorer = await page.request.get(`${fixtureUrl.good}/?${VIEW}`);
  expect(explorer.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(explorer.headers()["x-frame-options"]).toBe("DENY");
});

test("the explorer offers its view as an <iframe> to copy, by keyboard", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: fixtureUrl.good });
  await page.goto(`${fixtureUrl.good}/?${VIEW}`);
  await expect(page.locator(".explorer[data-ready] .figure-host[data-ready]")).toBeAttached();
  const menu = page.locator("[data-export-menu]");
  await menu.locator("summary").focus();
  await page.keyboard.press("Enter");
  const toggle = page.getByRole("button", { name: /Embed on a web page/ });
  await toggle.focus();
  await page.keyboard.press("Enter");
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  const code = page.getByRole("textbox", { name: "Paste this into the page:" });
  await expect(code).toHaveAttribute("readonly", "");
  const snippet = await code.inputValue();
  expect(snippet).toMatch(new RegExp(`^<iframe src="${fixtureUrl.good}/embed\\?${VIEW.replace("&", "&amp;")}" title="Fixture set: timeline" width="100%" height="\\d+" style="border:0" loading="lazy"></iframe>$`));
  // The height fits the figure as drawn now, plus the embed's line above it.
  const height = Number(/height="(\d+)"/.exec(snippet)![1]);
  const figure = await page.locator("#timeline svg.figure").evaluate((svg) => (svg as SVGSVGElement).viewBox.baseVal.height);
  expect(height).toBeGreaterThan(figure);
  await page.keyboard.press("Tab");
  await expect(code).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(menu.getByRole("button", { name: "Copy", exact: true })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(menu.getByRole("status")).toHaveText("Copied.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
  // The snippet's src opens the embed of the same view.
  const src = /src="([^"]+)"/.exec(snippet)![1]!.replaceAll("&amp;", "&");
  await page.goto(src);
  await expect(page.locator(".embed[data-ready]")).toBeAttached();
  await expect(page.getByRole("link", { name: /Open in Snapshots/ })).toHaveAttribute("href", `/?${VIEW}`);
});
