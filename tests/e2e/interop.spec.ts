import { expect, test, type Page } from "@playwright/test";
import { execFile } from "node:child_process";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { startNext, type NextServer } from "../../scripts/next-server";
import { chartReady } from "./chart-helpers";
import { explorerReady, fixtureUrl } from "./fixtures";
import { testDeadline } from "../deadline";

const exec = promisify(execFile);
/** Its own server on the same build: +0..+2 by playwright.config, +3 chart tests, +4 the big set. */
const IMPORT_PORT = Number(process.env.E2E_PORT ?? 3107) + 5;

/** Fails the test if any script of the imported text ran: a dialog, or the marker the hostile fixtures try to set. */
async function noScriptRan(page: Page) {
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
}

for (const { file, zone, title, count, timed } of [
  { file: "timelinejs.json", zone: "Asia/Tehran", title: "The Talks in Brief", count: 8, timed: "night-strikes" },
  { file: "timelinejs.csv", zone: "America/New_York", title: "Talks from a spreadsheet", count: 7, timed: "televised-address" },
]) {
  test.describe(`a set imported from ${file}`, () => {
    let server: NextServer | undefined;
    test.beforeAll(async () => {
      test.setTimeout(testDeadline(120_000));
      const dir = path.join(await mkdtemp(path.join(tmpdir(), "snapshots-e2e-import-")), "set");
      const tsx = path.resolve("node_modules/.bin/tsx");
      await exec(tsx, ["scripts/data-import.ts", `tests/fixtures/import/${file}`, "--out", dir, "--zone", zone, "--source-url", "https://example.org/timeline"]);
      await exec(tsx, ["scripts/data-check.ts", dir]);
      server = await startNext(IMPORT_PORT, dir, { startTimeoutMs: testDeadline(30_000) });
    });
    test.afterAll(async () => server?.stop());

    test("is drawn by the explorer, precision kept and no script run", async ({ page }) => {
      page.on("dialog", (dialog) => {
        throw new Error(`a dialog opened: ${dialog.message()}`);
      });
      await page.goto(server!.url);
      await explorerReady(page);
      await chartReady(page);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
      await expect(page.locator(".explorer .status")).toHaveText(`${count} of ${count} events in view`);
      await expect(page.locator("#timeline [data-event='hostile-markup']")).toBeAttached();
      await expect(page.locator(`#timeline [data-event='${timed}']`)).toBeAttached();
      // The hostile slide keeps its words and loses its markup (its summary is read in the detail, below).
      const list = page.locator(".event-list");
      await expect(list).toContainText("Hostile markup");
      await expect(list).not.toContainText("<script");
      await expect(list).toContainText(file.endsWith(".json") ? "May 2018" : "21 June 2025, 19:00–19:30 New York");
      await noScriptRan(page);
      await page.goto(`${server!.url}/?event=hostile-markup`);
      await explorerReady(page);
      await expect(page.locator(".event-detail")).toContainText("Safe text stays.");
      await expect(page.locator(".event-detail")).toContainText("Hostile markup");
      await noScriptRan(page);
    });
  });
}

test.describe("a timed event across midnight in Tehran", () => {
  let server: NextServer | undefined;
  test.beforeAll(async () => {
    test.setTimeout(testDeadline(120_000));
    server = await startNext(IMPORT_PORT, "tests/fixtures/timed", { startTimeoutMs: testDeadline(30_000) });
  });
  test.afterAll(async () => server?.stop());

  test("sits between 21:00 and 00:00 UTC on the hour axis, labelled on Tehran's clock", async ({ page }) => {
    await page.goto(`${server!.url}/?from=2025-06-21T18:00Z&to=2025-06-22T04:00Z`);
    await explorerReady(page);
    await chartReady(page);
    await expect(page.locator(".context-label").first()).toHaveText("Sat 21 June 2025 UTC");
    const centre = (box: { x: number; width: number } | null) => box!.x + box!.width / 2;
    const tick = async (label: string, nth: number) => centre(await page.locator(".tick", { hasText: label }).nth(nth).locator("line").boundingBox());
    const [nine, midnight] = [await tick("21:00", 0), await tick("00:00", 0)];
    const x = centre(await page.locator("#timeline [data-event='strikes-on-fordow'] .mark-shape").boundingBox());
    await expect(page.getByTestId("window-label")).toHaveText(/21 Jun 18:00 – 22 Jun 2025 04:00 UTC/);
    // 23:00 UTC is two thirds of the way from 21:00 to midnight.
    expect(Math.abs(x - (nine + ((midnight - nine) * 2) / 3))).toBeLessThan(3);
    await expect(page.locator(".event-list")).toContainText("22 June 2025, 02:30 Tehran");
  });

  test("is dated on both clocks in the report", async ({ page }) => {
    await page.goto(`${server!.url}/report?from=2025-06-21&to=2025-06-24`);
    await expect(page.locator("tr[data-event-id=strikes-on-fordow] .cell-date time")).toHaveText("22 June 2025, 02:30 Tehran (21 June, 23:00 UTC)");
    await expect(page.locator("tr[data-event-id=strikes-on-fordow] .cell-date time")).toHaveAttribute("datetime", "2025-06-21T23:00Z");
  });
});

test.describe("export of a filtered view", () => {
  const VIEW = `${fixtureUrl.good}/?from=2025-01-01&to=2025-12-31&lanes=diplomacy,military`;

  test("the Export menu downloads each format with the view's events, named like the PDF", async ({ page }) => {
    await page.goto(VIEW);
    await explorerReady(page);
    const menu = page.locator("[data-export-menu]");
    await menu.locator("summary").focus();
    await page.keyboard.press("Enter");
    await expect(menu.getByRole("link", { name: /CSV/ })).toBeVisible();
    const expectations = {
      csv: (text: string) => expect(text.trim().split(/\r?\n/)).toHaveLength(3),
      ics: (text: string) => expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2),
      timelinejs: (text: string) => expect((JSON.parse(text) as { events: unknown[] }).events).toHaveLength(2),
      json: (text: string) => expect((JSON.parse(text) as { events: { id: string }[] }).events.map((e) => e.id)).toEqual(["talks", "war"]),
    };
    const names = { csv: "csv", ics: "ics", timelinejs: "timeline.json", json: "json" };
    for (const [format, check] of Object.entries(expectations)) {
      if (!(await menu.evaluate((el) => (el as HTMLDetailsElement).open))) await menu.locator("summary").click();
      const [download] = await Promise.all([page.waitForEvent("download"), menu.locator(`a[data-format=${format}]`).click()]);
      expect(download.suggestedFilename()).toBe(`fixture_2025-01-01_2025-12-31.${names[format as keyof typeof names]}`);
      check(await readFile((await download.path())!, "utf8"));
    }
    await page.keyboard.press("Escape");
    await expect(menu).not.toHaveAttribute("open");
  });

  test("answers bad parameters with a 400 that names them", async ({ request }) => {
    const response = await request.get(`${fixtureUrl.good}/api/export?format=csv&lanes=navy`);
    expect(response.status()).toBe(400);
    expect((await response.json()).errors).toEqual([expect.stringMatching(/^lanes: unknown id 'navy'/)]);
  });
});
