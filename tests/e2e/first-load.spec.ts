import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { chartReady } from "./chart-helpers";
import { story } from "./present-story";

// Issue 22's first-paint budget: nothing holds the explorer's first paint but its HTML and at most one small
// stylesheet; fonts and images never do. Counted as the browser classes each request (CDP renderBlockingBehavior).

/** What held the page's first paint, as "<type> <path>", from the moment it is called; nothing from the cache. */
async function renderBlocking(page: Page, context: BrowserContext): Promise<string[]> {
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  const blocking: string[] = [];
  cdp.on("Network.requestWillBeSent", (event) => {
    if (event.type === "Document") return;
    if (event.renderBlockingBehavior === "Blocking" || event.renderBlockingBehavior === "InBodyParserBlocking") blocking.push(`${event.type} ${new URL(event.request.url).pathname}`);
  });
  return blocking;
}

for (const query of ["", "?event=jcpoa-agreed-vienna&q=sanctions"]) {
  test(`the explorer${query ? " with a selection and a search" : ""} is painted after its HTML and at most one stylesheet`, async ({ page, context }) => {
    const blocking = await renderBlocking(page, context);
    await page.goto(`/${query}`);
    await chartReady(page);
    const stylesheets = blocking.filter((line) => line.startsWith("Stylesheet"));
    expect(stylesheets.length, blocking.join("\n")).toBeLessThanOrEqual(1);
    expect(blocking.filter((line) => !line.startsWith("Stylesheet")), "fonts, images and scripts never block the first paint").toEqual([]);
  });
}

// Issue 22's HTML budget: the early-input script is written into the page once — not again inside the RSC payload —
// and hydration keeps the parsed script without complaint.
test("the home page carries the early-input script once, and hydrates it without a mismatch", async ({ page, request }) => {
  const html = await (await request.get("/")).text();
  expect(html.split("if(window.__snapshotsEarly)return").length - 1).toBe(1);
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /hydrat/i.test(message.text())) problems.push(message.text());
  });
  await page.goto("/");
  await chartReady(page);
  expect(await page.evaluate(() => typeof window.__snapshotsEarly?.takeWindow)).toBe("function");
  expect(problems).toEqual([]);
});

// Every other page waits for one stylesheet too (its own, which starts with globals.css), not globals + its own.
test("the report, a slide, its presenter view and the desk each wait for one stylesheet", async ({ page, context }) => {
  const blocking = await renderBlocking(page, context);
  for (const [path, ready] of [
    ["/report?from=2015-01-01&to=2016-01-01", ".report-page"],
    [`/present?story=${story.id}&step=1`, ".deck"],
    [`/present/presenter?story=${story.id}&step=1`, ".presenter"],
    ["/desk", "main h1"],
  ] as const) {
    blocking.length = 0;
    await page.goto(path);
    await expect(page.locator(ready).first()).toBeVisible();
    expect(blocking.filter((line) => line.startsWith("Stylesheet")), `${path}: ${blocking.join(", ")}`).toHaveLength(1);
  }
});
