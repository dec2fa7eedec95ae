import { expect, test, type Page } from "@playwright/test";
import { chartReady } from "./chart-helpers";

// Issue 22's script budget: the title row's actions, the reading pane, the chart's foot, the event list, the lane
// menu and the briefing button are drawn by the server but their code loads after hydration
// (components/lazy/deferred-part.tsx). Nothing a person does in between may be lost.

/** Holds every script chunk whose code contains `marker` until the returned function is called. */
async function holdChunks(page: Page, marker: string): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_next/static/chunks/*.js", async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (body.includes(marker)) await released;
    await route.fulfill({ response, body });
  });
  return release;
}

test("a button pressed before its part is live is pressed again once it is, and keeps the focus", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const release = await holdChunks(page, "Link to this view copied");
  await page.goto("/");
  await chartReady(page);
  const copy = page.getByRole("button", { name: "Copy link to this view" });
  await copy.click();
  await expect(copy).toHaveAttribute("aria-busy", "true");
  await expect(page.getByText("Link to this view copied")).toHaveCount(0);
  release();
  await expect(page.getByText("Link to this view copied")).toBeVisible();
  await expect(page.getByRole("button", { name: "Copy link to this view" })).toBeFocused();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});

test("a note headline chosen before the reading pane is live opens its event", async ({ page }) => {
  const release = await holdChunks(page, "Notes without room on the figure");
  await page.goto("/");
  await chartReady(page);
  const headline = page.locator(".pane-commentary .note-headline").first();
  await headline.click();
  await expect(page).not.toHaveURL(/note=/);
  release();
  await expect(page).toHaveURL(/note=/);
  await expect(page.locator(".pane-detail")).toBeVisible();
});

test("every deferred part goes live by itself once the page is idle, with the server's markup", async ({ page }) => {
  const server = await (await page.request.get("/")).text();
  await page.goto("/");
  await chartReady(page);
  const parts = page.locator(".deferred-part");
  const names = await parts.evaluateAll((els) => els.map((el) => el.getAttribute("data-part")));
  expect(names).toEqual(expect.arrayContaining(["title-actions", "reading-pane", "chart-foot", "event-list", "lane-menu", "briefing-menu"]));
  // Live: React owns the markup (a live part's children carry React's fiber); the text is the server's.
  await expect
    .poll(() => parts.evaluateAll((els) => els.every((el) => el.firstElementChild !== null && Object.keys(el.firstElementChild).some((key) => key.startsWith("__reactFiber")))))
    .toBe(true);
  for (const text of ["Download PDF", "Export", "Expert commentary", "in order", "Lanes"]) expect(server).toContain(text);
  await expect(page.getByRole("link", { name: "Download PDF" })).toBeVisible();
  await expect(page.locator(".event-list li").first()).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the deferred parts are in the page and readable", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("link", { name: "Download PDF" })).toBeVisible();
    await expect(page.locator(".pane-commentary .note-headline").first()).toBeVisible();
    await expect(page.locator(".legend")).toBeVisible();
    expect(await page.locator(".event-list li").count()).toBeGreaterThan(10);
    await expect(page.locator(".figure-host svg.figure .axis").first()).toBeVisible();
  });
});
