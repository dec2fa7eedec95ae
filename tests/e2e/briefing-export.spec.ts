import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import JSZip from "jszip";
import { encodeShare } from "@/lib/story/share";
import { explorerReady } from "./fixtures";
import { count, keysReady, stories, story } from "./present-story";
import { testDeadline } from "../deadline";

const run = promisify(execFile);
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const unxml = (text: string) => text.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]!);

async function tempFile(name: string, body: Buffer): Promise<string> {
  const file = path.join(await mkdtemp(path.join(tmpdir(), "briefing-export-")), name);
  await writeFile(file, body);
  return file;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

async function pdfPages(file: string): Promise<number> {
  const { stdout } = await run("pdfinfo", [file]);
  return Number(/Pages:\s+(\d+)/.exec(stdout)![1]);
}

/** LibreOffice, when this machine has it (CI need not): `soffice` on the PATH. */
function findSoffice(): string | null {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) if (existsSync(path.join(dir, "soffice"))) return path.join(dir, "soffice");
  return null;
}

for (const builtIn of stories)
  test(`the built-in story "${builtIn.id}" as PowerPoint: a title slide, one slide per step with title, native figure and notes, then sources`, async ({ request }) => {
    test.setTimeout(testDeadline(120_000));
    const steps = builtIn.steps.length;
    const response = await request.get(`/present/pptx?story=${builtIn.id}`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.presentationml.presentation");
    expect(response.headers()["content-disposition"]).toMatch(/attachment; filename="[a-z0-9-]+\.pptx"/);
    const file = await response.body();
    const zip = await JSZip.loadAsync(file);
    const slides = Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name)).length;
    const xml = async (name: string) => unxml(await zip.file(name)!.async("string"));
    expect(await xml("ppt/presentation.xml")).toMatch(/<p:sldSz cx="12192000" cy="6858000"/);
    expect(await xml("ppt/slides/slide1.xml")).toContain(builtIn.title);
    for (let i = 0; i < steps; i++) {
      const slide = await xml(`ppt/slides/slide${i + 2}.xml`);
      expect(slide, `step ${i + 1}`).toContain(builtIn.steps[i]!.title.slice(0, 20));
      // The figure is shapes, not a picture.
      expect(slide, `step ${i + 1} figure`).not.toMatch(/<p:pic>/);
      expect(slide, `step ${i + 1} figure`).toMatch(/name="Figure"/);
      const rels = await zip.file(`ppt/slides/_rels/slide${i + 2}.xml.rels`)!.async("string");
      const notes = await xml(`ppt/notesSlides/${/notesSlides\/(notesSlide\d+\.xml)/.exec(rels)![1]}`);
      expect(notes, `step ${i + 1} notes`).toContain(builtIn.steps[i]!.notes.split("\n")[0]!.slice(0, 60));
    }
    // The rest are the sources, each headed so.
    const sourceSlides = slides - steps - 1;
    expect(sourceSlides).toBeGreaterThanOrEqual(1);
    for (let i = steps + 2; i <= slides; i++) expect(await xml(`ppt/slides/slide${i}.xml`)).toMatch(/Sources/);
    expect(Object.values(zip.files).filter((entry) => entry.name.startsWith("ppt/media/") && !entry.dir)).toEqual([]);

    // If LibreOffice is installed, the file opens there and prints one page per slide (its text: tests/unit/story-export.test.ts).
    const soffice = findSoffice();
    if (soffice) {
      const pptx = await tempFile("deck.pptx", file);
      await run(soffice, ["--headless", "--convert-to", "pdf", "--outdir", path.dirname(pptx), pptx], { timeout: testDeadline(45_000) });
      expect(await pdfPages(pptx.replace(/\.pptx$/, ".pdf"))).toBe(slides);
    }
  });

test("a slide as PNG (twice 1920×1080) and SVG, and its figure alone", async ({ request }) => {
  const png = await request.get(`/present/image?story=${story.id}&step=3&format=png`);
  expect(png.headers()["content-type"]).toBe("image/png");
  expect(pngSize(await png.body())).toEqual({ width: 3840, height: 2160 });
  const svg = await request.get(`/present/image?story=${story.id}&step=3&format=svg`);
  expect(svg.headers()["content-type"]).toMatch(/^image\/svg\+xml/);
  const text = unxml((await svg.text()).replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n))));
  expect(text).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1920" height="1080"/);
  expect(text).toContain(story.steps[2]!.title);
  const figure = await request.get(`/present/image?story=${story.id}&step=3&format=png&part=figure`);
  expect(pngSize(await figure.body()).width).toBeGreaterThan(1000);
  const bad = await request.get(`/present/image?story=${story.id}&step=3&format=gif`);
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toMatch(/format must be png or svg/);
});

test("the slide's Save menu and the presenter view link to the downloads", async ({ page }) => {
  await page.goto(`/present?story=${story.id}&step=2`);
  await keysReady(page);
  await page.locator(".deck-save summary").click();
  await expect(page.locator(".deck-save-menu").getByRole("link", { name: "Slide PNG" })).toHaveAttribute("href", `/present/image?story=${story.id}&step=2&format=png`);
  await expect(page.locator(".deck-save-menu").getByRole("link", { name: "PowerPoint" })).toHaveAttribute("href", `/present/pptx?story=${story.id}`);
  await page.goto(`/present/presenter?story=${story.id}&step=1`);
  await keysReady(page);
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator(".presenter-exports").getByRole("link", { name: "PowerPoint" }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.pptx$/);
});

test("a briefing built in the tray goes to PowerPoint in the share encoding", async ({ page }) => {
  await page.goto("/?event=us-iran-talks-round-2-rome");
  await explorerReady(page);
  await page.getByRole("button", { name: /^Briefing \d+$/ }).click();
  await expect(page.getByRole("button", { name: "Add selected event" })).toBeEnabled();
  await page.getByRole("button", { name: "Add selected event" }).click();
  const link = page.locator('section[aria-labelledby="briefing-tray-heading"]').getByRole("link", { name: "PowerPoint" });
  await expect(link).toHaveAttribute("href", /^\/present\/pptx\?deck=1\./);
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  const zip = await JSZip.loadAsync(await readFile((await download.path())!));
  expect(Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name)).length).toBeGreaterThanOrEqual(3);
  expect(unxml(await zip.file("ppt/slides/slide2.xml")!.async("string"))).toContain("Rome");
});

test("a deck too long for a link still goes to PowerPoint by a posted form", async ({ request }) => {
  let seed = 11;
  const noise = Array.from({ length: 30_000 }, () => String.fromCharCode(97 + ((seed = (seed * 48271) % 2147483647) % 26))).join("");
  // Notes at their 4,000-character limit on each of the first eight steps: within a briefing's limits, too long for a link.
  const long = { ...story, id: "adhoc", steps: story.steps.slice(0, 8).map((step, i) => ({ ...step, notes: noise.slice(i * 3750, (i + 1) * 3750) })) };
  const shared = encodeShare(long);
  expect(shared.ok).toBe(false);
  const response = await request.post("/present/pptx", { form: { deck: shared.encoded } });
  expect(response.status()).toBe(200);
  const zip = await JSZip.loadAsync(await response.body());
  expect(Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name)).length).toBeGreaterThanOrEqual(5);
});

test("the handout prints a cover, then one page per step with its figure, events, quote and notes", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  await page.goto(`/report?story=${story.id}`);
  await expect(page.locator(".handout-step")).toHaveCount(count);
  // The document is written into the page by the server (not carried in React's payload): hydration keeps it.
  await page.waitForLoadState("networkidle");
  await expect(page.getByRole("button", { name: /print/i })).toBeEnabled();
  await expect(page.locator(".handout-step")).toHaveCount(count);
  expect(errors).toEqual([]);
  await expect(page.locator(".handout-step").nth(2).locator("svg.slide-timeline")).toBeVisible();
  await expect(page.locator(".handout-step").nth(2).locator(".handout-events li")).toHaveCount(story.steps[2]!.events.length);
  await expect(page.locator(".handout-step").nth(2).locator(".handout-quote")).toHaveCount(story.steps[2]!.quotes.length);
  await expect(page.locator(".handout-step").last().locator(".handout-written")).toContainText("written no earlier than 24 April 2025");
  // Twelve figures on one page: each clips and fills with its own ids, or a taller one is cut at the first one's height.
  const ids = await page.locator("[id]").evaluateAll((nodes) => nodes.map((node) => node.id));
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  const pdf = await tempFile("handout.pdf", await page.pdf({ format: "A4", preferCSSPageSize: true, printBackground: true }));
  // A cover, then each step from a new page (a step with many sources may run onto a second).
  expect(await pdfPages(pdf)).toBeGreaterThanOrEqual(count + 1);
  const { stdout } = await run("pdftotext", [pdf, "-"]);
  const flat = stdout.replace(/\s+/g, " ");
  for (const step of story.steps) expect(flat).toContain(step.title.replace(/\s+/g, " ").slice(0, 30));

  // A shared deck prints the same way, from its link alone.
  const small = encodeShare({ ...story, id: "adhoc", steps: story.steps.slice(0, 2) });
  await page.goto(`/report?deck=${small.encoded}`);
  await expect(page.locator(".handout-step")).toHaveCount(2);
});

test("the handout also comes as a PDF made on the server, for a story or a shared deck", async ({ page, request }) => {
  await page.goto(`/report?story=${story.id}`);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download PDF" }).click()]);
  expect(download.suggestedFilename()).toMatch(/-handout\.pdf$/);
  const file = (await download.path())!;
  expect(await pdfPages(file)).toBeGreaterThanOrEqual(count + 1);
  const flat = (await run("pdftotext", [file, "-"])).stdout.replace(/\s+/g, " ");
  for (const step of story.steps) expect(flat).toContain(step.title.replace(/\s+/g, " ").slice(0, 30));

  const small = encodeShare({ ...story, id: "adhoc", steps: story.steps.slice(0, 2) });
  const shared = await request.get(`/report/pdf?deck=${small.encoded}`);
  expect(shared.status()).toBe(200);
  expect(await pdfPages(await tempFile("shared-handout.pdf", await shared.body()))).toBeGreaterThanOrEqual(3);

  expect((await request.get("/report/pdf?story=no-such-story")).status()).toBe(404);
  expect((await request.get(`/report/pdf?story=${story.id}&from=2015-01-01`)).status()).toBe(400);
  expect((await request.get("/report/pdf?deck=1.garbled")).status()).toBe(400);
});

test("the explorer's current figure saves as SVG and as a PNG at twice its size", async ({ page }) => {
  await page.goto("/?from=2015-01-01&to=2016-06-30");
  await explorerReady(page);
  await expect(page.locator(".figure-host[data-ready]")).toBeAttached();
  const [svgDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Figure SVG" }).click()]);
  expect(svgDownload.suggestedFilename()).toBe("snapshots-2015-01-01-2016-06-30.svg");
  const svg = await readFile((await svgDownload.path())!, "utf8");
  // Painted from the figure's scene: every style an attribute, so the file does not depend on the page's CSS.
  expect(svg).toMatch(/^<\?xml[^>]*>\s*<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(svg).toMatch(/<circle[^>]* fill="#[0-9a-fA-F]{6}"/);
  expect(svg).toContain("Liberation Sans");
  expect(svg.match(/<g class="mark[ "]/g)?.length).toBe(Number(await page.locator(".figure-host").getAttribute("data-marks")));
  const width = Number(/<svg [^>]*width="(\d+)"/.exec(svg)![1]);
  const [pngDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Figure PNG" }).click()]);
  expect(pngDownload.suggestedFilename()).toBe("snapshots-2015-01-01-2016-06-30.png");
  expect(pngSize(await readFile((await pngDownload.path())!)).width).toBe(width * 2);
});
