import { execFile } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test, type Page } from "@playwright/test";
import { chartReady } from "./chart-helpers";

// The figure as a graphics desk would ship it, on the built-in set: nothing overlaps, titles whole,
// the headline events named, each expert's words once.
const run = promisify(execFile);
const WINDOWS = ["", "?from=2015-01-01&to=2015-12-31", "?from=2018-01-01&to=2018-12-31", "?from=2024-01-01&to=2024-12-31", "?from=2025-04-01&to=2025-04-30", "?from=2026-02-01&to=2026-04-30", "?from=2002-01-01&to=2026-12-31"];

interface Box {
  text: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** Every visible text in the SVG, as its box on the page. */
async function textBoxes(page: Page, svg: string): Promise<Box[]> {
  return page.locator(`${svg} text`).evaluateAll((els) =>
    els
      .filter((el) => {
        const style = getComputedStyle(el);
        return style.visibility !== "hidden" && style.display !== "none" && (el.textContent ?? "").trim() !== "" && !el.closest("[hidden]");
      })
      .map((el) => {
        const r = el.getBoundingClientRect();
        return { text: el.textContent ?? "", x0: r.left, x1: r.right, y0: r.top, y1: r.bottom };
      })
      .filter((b) => b.x1 - b.x0 > 0 && b.y1 - b.y0 > 0),
  );
}

function overlapsOf(boxes: Box[], slack = 0.5): string[] {
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.x0 < b.x1 - slack && b.x0 < a.x1 - slack && a.y0 < b.y1 - slack && b.y0 < a.y1 - slack) out.push(`“${a.text}” × “${b.text}”`);
    }
  return out;
}

let events: { id: string; title: string; shortTitle?: string; date: string; end?: string; importance?: number }[] = [];
let quotes: string[] = [];
test.beforeAll(async () => {
  events = JSON.parse(await readFile("data/events.json", "utf8"));
  quotes = (JSON.parse(await readFile("data/annotations.json", "utf8")) as { quote: string }[]).map((a) => a.quote);
});

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
]) {
  for (const query of WINDOWS) {
    test(`${viewport.width}×${viewport.height} ${query || "default view"}: no overlapping text, whole titles, headline events named, each quote once`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto(`/${query}`);
      await chartReady(page);
      const svg = ".figure-host svg.figure";
      expect(overlapsOf(await textBoxes(page, svg))).toEqual([]);
      for (const text of await page.locator(`${svg} .callout text`).allTextContents()) expect(text).not.toMatch(/…/);
      for (const text of await page.locator(`${svg} .mark-label text`).allTextContents()) expect(text).not.toMatch(/…/);
      // Headline events drawn in the window carry their full title.
      const drawn = await page.locator(`${svg} g.mark[data-event]`).evaluateAll((els) => els.map((el) => el.getAttribute("data-event")!));
      for (const event of events.filter((e) => (e.importance ?? 1) >= 3 && drawn.includes(e.id))) {
        const label = page.locator(`${svg} .mark-label[data-label-for="${event.id}"] text`);
        await expect(label, event.id).toHaveCount(1);
        // Whole: the title, or the editor's short name for it, never cut.
        const words = await label.evaluate((el) => (el.querySelector("tspan") ? [...el.querySelectorAll("tspan")].map((t) => t.textContent).join(" ") : el.textContent) ?? "");
        expect(words.replace(/\s+/g, " ")).toBe((event.shortTitle ?? event.title).replace(/\s+/g, " "));
      }
      const body = await page.locator("body").innerText();
      for (const quote of quotes) expect(body.split(quote.slice(0, 60)).length - 1, quote.slice(0, 40)).toBeLessThanOrEqual(1);
    });
  }
}

test("every slide of the built-in story at 1920×1080: no overlapping text in its figure", async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  for (let step = 1; step <= 12; step++) {
    await page.goto(`/present?story=jcpoa-to-rome&step=${step}`);
    await expect(page.locator(".deck svg.figure")).toBeVisible();
    // Measured once the deck has hydrated and its fonts are in: not after a pause that a busy machine can outrun.
    await expect(page.locator("main[data-keys-ready]")).toBeAttached();
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    expect(overlapsOf(await textBoxes(page, ".deck svg.figure")), `step ${step}`).toEqual([]);
  }
});

test("the report's figure page: no overlapping text, numbered marks keyed to the table, each label once in the PDF's text", async ({ page }) => {
  await page.goto("/report?from=2015-01-01&to=2025-12-31");
  const svg = ".report-figure svg.figure";
  expect(overlapsOf(await textBoxes(page, svg))).toEqual([]);
  const labels = await page.locator(`${svg} .mark-label text`).evaluateAll((els) => els.filter((el) => !el.querySelector("tspan")).map((el) => (el.textContent ?? "").replace(/\s+/g, " ").trim()));
  expect(labels.length).toBeGreaterThan(10);
  // A label is "N title" or "N": N is the event's row in the table.
  const firstRow = await page.locator("table.report-events tbody tr").first().getAttribute("data-event-id");
  const firstLabel = page.locator(`${svg} .mark-label[data-label-for="${firstRow}"] text`);
  if (await firstLabel.count()) expect((await firstLabel.textContent())!.trim()).toMatch(/^1\b/);
  const file = path.join(tmpdir(), `snapshots-report-figure-${process.pid}.pdf`);
  await writeFile(file, await page.pdf({ format: "A4", preferCSSPageSize: true, printBackground: true }));
  const { stdout } = await run("pdftotext", ["-f", "1", "-l", "1", "-layout", file, "-"]);
  const text = stdout.replace(/\s+/g, " ");
  for (const label of labels.filter((l) => l.length > 12)) expect(text.split(label).length - 1, label).toBe(1);
});
