import { execFile } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test, type Page } from "@playwright/test";
import JSZip from "jszip";
import { explorerReady } from "./fixtures";
import { keysReady, story } from "./present-story";
import { testDeadline } from "../deadline";

const run = promisify(execFile);
const MARK = "OFFICIAL — tray <test>";

/** The PDF's pages as text (pdftotext, one form feed between pages) and its title (pdfinfo). */
async function pdfText(body: Buffer): Promise<{ pages: string[]; title: string }> {
  const file = path.join(await mkdtemp(path.join(tmpdir(), "marking-")), "file.pdf");
  await writeFile(file, body);
  const text = (await run("pdftotext", [file, "-"])).stdout;
  const info = (await run("pdfinfo", [file])).stdout;
  return { pages: text.split("\f").filter((page) => page.trim()), title: /Title:\s+(.*)/.exec(info)?.[1] ?? "" };
}

async function expectMarkedPdf(body: Buffer, label: string) {
  const { pages, title } = await pdfText(body);
  expect(pages.length, label).toBeGreaterThan(1);
  for (const [i, page] of pages.entries()) expect(page.match(/OFFICIAL — tray <test>/g)?.length ?? 0, `${label}: page ${i + 1} of ${pages.length}`).toBeGreaterThanOrEqual(2);
  expect(title, `${label}: the PDF's title`).toContain(MARK);
}

/** Boxes of each [data-region] as shares of the slide (0–1). */
async function htmlRegions(page: Page): Promise<Record<string, { x: number; y: number; w: number; h: number }>> {
  return page.evaluate(() => {
    const slide = document.querySelector(".deck .slide")!.getBoundingClientRect();
    const out: Record<string, { x: number; y: number; w: number; h: number }> = {};
    for (const el of document.querySelectorAll(".deck .slide [data-region]")) {
      const r = el.getBoundingClientRect();
      out[el.getAttribute("data-region")!] = { x: (r.left - slide.left) / slide.width, y: (r.top - slide.top) / slide.height, w: r.width / slide.width, h: r.height / slide.height };
    }
    return out;
  });
}

test("a handling mark set in the tray is on every slide, the presenter view, the handout and every page of its PDF", async ({ page, request }) => {
  test.setTimeout(testDeadline(60_000));
  await page.goto("/?event=us-iran-talks-round-2-rome");
  await explorerReady(page);
  await page.getByRole("button", { name: /^Briefing \d+$/ }).click();
  await page.getByRole("button", { name: "Add selected event" }).click();
  await page.getByRole("button", { name: "Add current window" }).click();
  await page.getByLabel("Handling mark").fill(MARK);

  const tray = page.locator('section[aria-labelledby="briefing-tray-heading"]');
  const handout = await tray.getByRole("link", { name: "Handout", exact: true }).getAttribute("href");
  const handoutPdf = await tray.getByRole("link", { name: "Handout PDF" }).getAttribute("href");

  await page.goto("/present?story=adhoc&step=1");
  await keysReady(page);
  for (const step of [1, 2]) {
    await expect(page.locator(".deck-counter")).toHaveText(`${step} / 2`);
    await expect(page.locator(".deck .slide-marking-top")).toHaveText(MARK);
    await expect(page.locator(".deck .slide-marking-bottom")).toHaveText(MARK);
    await page.keyboard.press("ArrowRight");
  }
  await page.goto("/present/presenter?story=adhoc&step=1");
  await keysReady(page);
  await expect(page.locator(".presenter-marking-top")).toHaveText(MARK);
  await expect(page.locator(".presenter-marking-bottom")).toHaveText(MARK);

  // The handout and its PDF come from the share encoding: the mark travels in the link.
  await page.goto(handout!);
  await expect(page.locator(".report-marking-top")).toHaveText(MARK);
  await expect(page.locator(".handout-marking")).toHaveText(MARK);
  const pdf = await request.get(handoutPdf!);
  expect(pdf.status()).toBe(200);
  await expectMarkedPdf(await pdf.body(), "handout PDF");
});

test("a report takes marking= for every page of its PDF; a malformed mark is refused by the PDF and ignored by the page", async ({ page, request }) => {
  test.setTimeout(testDeadline(45_000));
  const pdf = await request.get(`/report/pdf?from=2024-01-01&to=2025-06-30&marking=${encodeURIComponent(MARK)}`);
  expect(pdf.status()).toBe(200);
  await expectMarkedPdf(await pdf.body(), "report PDF");
  const bad = await request.get(`/report/pdf?from=2024-01-01&to=2025-06-30&marking=${encodeURIComponent("two\nlines")}`);
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toMatch(/marking/);
  await page.goto(`/report?from=2024-01-01&to=2025-06-30&marking=${"x".repeat(300)}`);
  await expect(page.locator(".report-marking")).toHaveCount(0);
});

test("one layout: a slide's regions sit at the same place in the HTML slide, its SVG and its PowerPoint slide", async ({ page, request }) => {
  test.setTimeout(testDeadline(45_000));
  await page.setViewportSize({ width: 1920, height: 1080 });
  const step = 7;
  await page.goto(`/present?story=${story.id}&step=${step}`);
  await keysReady(page);
  const html = await htmlRegions(page);
  for (const name of ["kicker", "title", "summary", "figure", "list", "quote", "sources"]) expect(html[name], name).toBeTruthy();

  // The SVG, drawn by the browser: each region's box.
  const svg = await (await request.get(`/present/image?story=${story.id}&step=${step}&format=svg`)).text();
  await page.setContent(`<body style="margin:0">${svg}</body>`);
  const svgRegions = await page.evaluate(() => {
    const out: Record<string, { x: number; y: number; w: number; h: number }> = {};
    for (const el of document.querySelectorAll<SVGGraphicsElement>("svg > g[data-region]")) {
      const b = el.getBBox();
      out[el.getAttribute("data-region")!] = { x: b.x / 1920, y: b.y / 1080, w: b.width / 1920, h: b.height / 1080 };
    }
    return out;
  });

  // The PowerPoint slide: each region's shape or group, from its frame in EMU.
  const zip = await JSZip.loadAsync(await (await request.get(`/present/pptx?story=${story.id}`)).body());
  const xml = await zip.file(`ppt/slides/slide${step + 1}.xml`)!.async("string");
  const frame = (name: string) => {
    const at = xml.indexOf(`name="${name}"`);
    const m = /<a:off x="(\d+)" y="(\d+)"\/><a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(xml.slice(at));
    return m && { x: Number(m[1]) / 12192000, y: Number(m[2]) / 6858000, w: Number(m[3]) / 12192000, h: Number(m[4]) / 6858000 };
  };
  const pptx: Record<string, ReturnType<typeof frame>> = { kicker: frame("Kicker"), title: frame("Title"), summary: frame("Summary"), figure: frame("Figure"), list: frame("Events"), quote: frame("Quote"), sources: frame("Sources") };

  for (const name of Object.keys(pptx)) {
    const a = html[name]!;
    for (const [medium, b] of [["SVG", svgRegions[name]], ["PowerPoint", pptx[name]]] as const) {
      expect(b, `${medium} ${name}`).toBeTruthy();
      expect(Math.abs(a.x - b!.x), `${medium} ${name}: left`).toBeLessThanOrEqual(0.02);
      expect(Math.abs(a.y - b!.y), `${medium} ${name}: top`).toBeLessThanOrEqual(0.02);
      // Text hugs its glyphs in SVG: the figure is the one box drawn as a box everywhere.
      if (name === "figure") expect(Math.abs(a.w - b!.w), `${medium} ${name}: width`).toBeLessThanOrEqual(0.02);
    }
  }
});
