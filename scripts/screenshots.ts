/**
 * npm run docs:screenshots — regenerates the pictures in docs/screenshots/ from the production build
 * (run `npm run build` first). It starts its own server, like `npm run report`.
 */
import { execFile } from "node:child_process";
import { mkdtemp, rename, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { readFileSync } from "node:fs";
import { chromium, type Page } from "playwright-core";
import type { Story } from "../lib/schema";
import { encodeShare } from "../lib/story/share";
import { startNextServer } from "./report";

const OUT = path.resolve("docs/screenshots");
const EXPLORER_VIEW = "/?from=2023-09-01&to=2025-10-31&event=us-iran-talks-round-2-rome";
// No event selected: on a phone the selected event opens as a sheet over the figure, and the picture is of the figure.
const PHONE_VIEW = "/?from=2024-03-01&to=2025-07-31";

async function settle(page: Page) {
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(600);
}

type Shoot = (file: string, url: string, viewport: { width: number; height: number }, options?: { before?: (page: Page) => Promise<void> }) => Promise<void>;

/** The embed on its own, a file previewed in the explorer, and the picture a shared link unfurls with. */
async function shootSharing(shoot: Shoot, baseUrl: string) {
  await shoot("embed.png", "/embed?from=2013-01-01&to=2019-12-31", { width: 760, height: 640 });
  await shoot("preview-file.png", "/", { width: 1280, height: 800 }, {
    before: async (page) => {
      await page.locator(".explorer[data-ready]").waitFor({ state: "attached" });
      await page.getByTestId("preview-file-input").setInputFiles(path.resolve("tests/fixtures/import/timelinejs.json"));
      await page.getByTestId("preview-banner").waitFor();
    },
  });
  const card = await fetch(`${baseUrl}/api/preview.png?from=2015-01-01&to=2025-06-30`);
  if (!card.ok) throw new Error(`preview image: HTTP ${card.status}`);
  await writeFile(path.join(OUT, "share-card.png"), Buffer.from(await card.arrayBuffer()));
  console.log("wrote docs/screenshots/share-card.png");
}

/** The built-in story with a handling mark, in the share encoding. */
function markedDeck(): string {
  const story = (JSON.parse(readFileSync(path.resolve("data/stories.json"), "utf8")) as Story[])[0]!;
  const shared = encodeShare({ ...story, id: "adhoc", marking: "Internal — not for circulation" });
  if (!shared.ok) throw new Error(shared.message);
  return shared.encoded;
}

async function main() {
  const server = await startNextServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    const shoot = async (file: string, url: string, viewport: { width: number; height: number }, options: { mobile?: boolean; clock?: boolean; before?: (page: Page) => Promise<void> } = {}) => {
      const context = await browser.newContext({ viewport, timezoneId: "UTC", isMobile: options.mobile, hasTouch: options.mobile, deviceScaleFactor: options.mobile ? 2 : 1 });
      const page = await context.newPage();
      if (options.clock) await page.clock.setFixedTime(new Date("2025-04-24T09:30:00Z"));
      await page.goto(server.baseUrl + url);
      await settle(page);
      if (options.before) {
        await options.before(page);
        await settle(page);
      }
      await page.screenshot({ path: path.join(OUT, file) });
      await context.close();
      console.log(`wrote docs/screenshots/${file}`);
    };
    await shoot("explorer-1280x800.png", EXPLORER_VIEW, { width: 1280, height: 800 });
    await shoot("explorer-1920x1080.png", EXPLORER_VIEW, { width: 1920, height: 1080 });
    await shoot("explorer-390x844.png", PHONE_VIEW, { width: 390, height: 844 }, { mobile: true });
    await shoot("present-first.png", "/present?story=jcpoa-to-rome&step=1", { width: 1920, height: 1080 });
    await shoot("present-middle.png", "/present?story=jcpoa-to-rome&step=7", { width: 1920, height: 1080 });
    await shoot("presenter.png", "/present/presenter?story=jcpoa-to-rome&step=7", { width: 1920, height: 1080 }, { clock: true });
    await shoot("briefing-tray.png", "/?event=us-iran-talks-round-1-muscat", { width: 1280, height: 800 }, {
      before: async (page) => {
        await page.getByRole("button", { name: /^Briefing \d+$/ }).click();
        for (const id of ["us-iran-talks-round-1-muscat", "us-iran-talks-round-2-rome", "israel-iran-12-day-war"]) {
          await page.goto(`${server.baseUrl}/?event=${id}`);
          await page.locator(".explorer[data-ready]").waitFor({ state: "attached" });
          if (!(await page.locator("[aria-labelledby='briefing-tray-heading']").isVisible())) await page.getByRole("button", { name: /^Briefing \d+$/ }).click();
          await page.getByRole("button", { name: "Add selected event" }).click();
        }
        await page.getByRole("button", { name: /^Edit step 2/ }).click();
      },
    });
    // A briefing carrying a handling mark, as the tray's share link carries it: the same step as HTML and as PowerPoint.
    const marked = markedDeck();
    await shoot("present-marked.png", `/present?deck=${marked}&step=7`, { width: 1920, height: 1080 });
    await shoot("handout.png", `/report?deck=${marked}`, { width: 1000, height: 1300 }, {
      // Step 3 from its heading down: taller than the window, it would otherwise be centred, its figure cut.
      before: async (page) => void (await page.locator(".handout-step").nth(2).evaluate((step) => step.scrollIntoView({ block: "start" }))),
    });
    await shootSharing(shoot, server.baseUrl);

    // A slide of the PowerPoint file as LibreOffice draws it, when LibreOffice is installed.
    const pptx = await fetch(`${server.baseUrl}/present/pptx?deck=${marked}`);
    if (!pptx.ok) throw new Error(`PowerPoint: HTTP ${pptx.status}`);
    const pptxDir = await mkdtemp(path.join(tmpdir(), "snapshots-pptx-"));
    await writeFile(path.join(pptxDir, "deck.pptx"), Buffer.from(await pptx.arrayBuffer()));
    try {
      await promisify(execFile)("soffice", ["--headless", "--convert-to", "pdf", "--outdir", pptxDir, path.join(pptxDir, "deck.pptx")], { timeout: 120_000 });
      const base = path.join(pptxDir, "slide");
      // Step 7 (slide 8), as present-marked.png shows it projected.
      await promisify(execFile)("pdftoppm", ["-png", "-r", "144", "-f", "8", "-l", "8", "-singlefile", path.join(pptxDir, "deck.pdf"), base]);
      await rename(`${base}.png`, path.join(OUT, "pptx-slide.png"));
      console.log("wrote docs/screenshots/pptx-slide.png");
    } catch {
      console.log("skipped docs/screenshots/pptx-slide.png: LibreOffice (soffice) is not installed");
    }

    const response = await fetch(`${server.baseUrl}/report/pdf?from=2015-01-01&to=2025-06-30`);
    if (!response.ok) throw new Error(`report PDF: HTTP ${response.status}`);
    const dir = await mkdtemp(path.join(tmpdir(), "snapshots-shots-"));
    const pdf = path.join(dir, "report.pdf");
    await writeFile(pdf, Buffer.from(await response.arrayBuffer()));
    for (const n of [1, 2]) {
      const base = path.join(dir, `page-${n}`);
      await promisify(execFile)("pdftoppm", ["-png", "-r", "80", "-f", String(n), "-l", String(n), "-singlefile", pdf, base]);
      await rename(`${base}.png`, path.join(OUT, `report-page-${n}.png`));
      console.log(`wrote docs/screenshots/report-page-${n}.png`);
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`screenshots: ${(error as Error).message}`);
  process.exit(1);
});
