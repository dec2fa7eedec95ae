import { expect, test, type Page, type Request } from "@playwright/test";
import { readFileSync } from "node:fs";
import path from "node:path";
import { explorerReady, fixtureUrl } from "./fixtures";

const fixture = (name: string) => readFileSync(path.resolve("tests/fixtures/import", name), "utf8");

/** Drops a file on the explorer as a person dragging it from the desktop would. */
async function dropFile(page: Page, name: string, text: string, type: string) {
  const transfer = await page.evaluateHandle(
    ({ name, text, type }) => {
      const data = new DataTransfer();
      data.items.add(new File([text], name, { type }));
      return data;
    },
    { name, text, type },
  );
  for (const event of ["dragenter", "dragover", "drop"]) await page.dispatchEvent(".preview-host", event, { dataTransfer: transfer });
}

/** Fails the test if any script of the imported text ran: a dialog, or the marker the hostile fixtures try to set. */
async function noScriptRan(page: Page) {
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
}

/** What went to the server while the preview was open: only the importer's script chunk and the page icon may. */
function sentToServer(requests: Request[]): string[] {
  return requests.map((r) => `${r.method()} ${new URL(r.url()).pathname}`).filter((line) => !/^GET \/(_next\/static\/|icon\.svg$)/.test(line));
}

const HOSTILE_CSV = [
  "id,title,summary,date,source_url",
  `hostile-cell,"<img src=x onerror=""window.__pwned='csv'"">Shown as text",<script>window.__pwned='summary'</script>,2020-03-04,https://example.org/a`,
].join("\n");

test("a dropped TimelineJS file is previewed in the browser: nothing is sent, no script runs, and the way back restores the set", async ({ page }) => {
  page.on("dialog", (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
  await page.goto(`${fixtureUrl.good}/?from=2015-01-01&to=2025-12-31`);
  await explorerReady(page);
  // The server's set has asked what it asks once the page is interactive (facets, links): from now on, nothing may go.
  await page.waitForLoadState("networkidle");
  const requests: Request[] = [];
  page.on("request", (request) => requests.push(request));

  await dropFile(page, "timelinejs.json", fixture("timelinejs.json"), "application/json");
  const banner = page.getByTestId("preview-banner");
  await expect(banner).toContainText("Previewing timelinejs.json — not saved.");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The Talks in Brief");
  await expect(page.getByTestId("status")).toHaveText("8 of 8 events in view");
  await expect(page.locator('#timeline [data-event="hostile-markup"]')).toBeAttached();
  // The explorer's own machinery runs on the previewed set: the list, the event detail, search and zoom.
  await expect(page.locator(".event-list")).toContainText("Hostile markup");
  await expect(page.locator(".event-list")).not.toContainText("<script");
  await page.locator(".event-list").getByRole("link", { name: "Hostile markup" }).click();
  await expect(page.locator(".event-detail")).toContainText("Safe text stays.");
  await page.getByRole("searchbox").fill("strikes");
  await expect(page.locator(".search-results")).toContainText("Strikes at night");
  await page.getByRole("button", { name: "Zoom in" }).click();
  await expect(page).toHaveURL(/from=/);
  // Actions the server answers from its own set are not offered for a file it has never seen.
  await expect(page.getByRole("link", { name: /Download PDF/ })).toHaveCount(0);
  await expect(page.locator("[data-export-menu]")).toHaveCount(0);
  await noScriptRan(page);
  expect(sentToServer(requests)).toEqual([]);

  // Our own CSV: cells are text, shown as text.
  await dropFile(page, "hostile.csv", HOSTILE_CSV, "text/csv");
  await expect(banner).toContainText("Previewing hostile.csv — not saved.");
  await expect(page.locator(".event-list")).toContainText(`<img src=x onerror="window.__pwned='csv'">Shown as text`);
  await noScriptRan(page);
  expect(sentToServer(requests)).toEqual([]);

  await banner.getByRole("button", { name: "Back to Fixture set" }).click();
  await expect(page.getByTestId("preview-banner")).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fixture set");
  await expect(page).toHaveURL(/\?from=2015-01-01&to=2025-12-31$/);
  // The button that had focus is gone with the banner: focus returns to where a preview starts.
  await expect(page.getByRole("button", { name: "Preview a file…" })).toBeFocused();
});

test("a file chosen with the keyboard: its problems listed as file: row N: column: problem, then the rows that import previewed", async ({ page }) => {
  // Asked for early: Playwright takes over the file dialog only once it is listening for one.
  const chooser = page.waitForEvent("filechooser");
  await page.goto(`${fixtureUrl.good}/`);
  await explorerReady(page);
  await page.getByRole("button", { name: "Preview a file…" }).focus();
  await page.keyboard.press("Enter");
  await (await chooser).setFiles(path.resolve("tests/fixtures/import/broken.csv"));
  const problems = page.getByTestId("preview-problems");
  await expect(problems).toBeFocused();
  await expect(problems).toContainText("broken.csv could not be previewed: 6 problems. Nothing was imported.");
  await expect(problems.locator("li")).toHaveText([
    "broken.csv: row 2: Month: 13 is not a month (1–12)",
    `broken.csv: row 3: Year: "twenty" is not a whole number`,
    `broken.csv: row 4: Time: "25:00" is not a time of day`,
    "broken.csv: row 5: Day: 2024-02-30 is not a real calendar date",
    "broken.csv: row 6: End Year: ends (2019) before it starts (2020)",
    "broken.csv: row 7: Headline: needs a headline or text",
  ]);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fixture set");
  await problems.getByRole("button", { name: "Preview the rows that import" }).click();
  await expect(page.getByTestId("preview-banner")).toContainText("Previewing broken.csv — not saved.");
  await expect(page.getByTestId("status")).toHaveText("1 of 1 events in view");
  await expect(page.getByTestId("preview-banner")).toContainText("6 rows left out");
});

test.describe("on a reader's own clock", () => {
  test.use({ timezoneId: "Asia/Tehran" });

  test("TimelineJS times, which carry no zone, are read on the browser's clock, as TimelineJS shows them", async ({ page }) => {
    await page.goto(`${fixtureUrl.good}/?from=2015-01-01&to=2025-12-31`);
    await explorerReady(page);
    await dropFile(page, "timelinejs.json", fixture("timelinejs.json"), "application/json");
    await expect(page.getByTestId("preview-banner")).toContainText("Previewing timelinejs.json — not saved.");
    await expect(page.locator(".event-list")).toContainText("22 June 2025, 02:30 Tehran");
  });
});

test("someone else's data without commentary shows no commentary UI, and its year-only event is labelled", async ({ page }) => {
  await page.goto(`${fixtureUrl.good}/`);
  await explorerReady(page);
  await page.getByTestId("preview-file-input").setInputFiles(path.resolve("tests/fixtures/no-commentary/events.csv"));
  await expect(page.getByTestId("preview-banner")).toBeVisible();
  await expect(page.locator('.figure g.mark[data-event="dredging-years"]')).toBeAttached();
  await expect(page.getByRole("heading", { name: /expert commentary/i })).toHaveCount(0);
  await expect(page.getByLabel(/hide events after the commentary/i)).toHaveCount(0);
  await expect(page.locator(".figure .asof")).toHaveCount(0);
  await expect(page.getByText("End of the imported timeline")).toHaveCount(0);
  await expect(page.locator('.figure .mark-label[data-label-for="dredging-years"]')).toHaveText("Dredging of the channel");
  // An event's detail names no expert either.
  await page.locator('.figure .mark-label[data-label-for="strike-ends"] text').click();
  await expect(page.locator(".reading-pane .pane-detail .detail-title")).toHaveText("Dock strike ends");
  await expect(page.locator(".reading-pane")).not.toContainText("No comment");
});
