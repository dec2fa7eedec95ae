import "server-only";
import { chromium, type Browser } from "playwright-core";
import { createRenderGate } from "../report/render-gate";
import type { Paper } from "../report/report-query";

const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const RENDER_TIMEOUT_MS = 30_000;

/** Two renders at once on a small machine; a third waits up to 5 s, then is told to retry. */
export const renderGate = createRenderGate({ limit: 2, maxWaitMs: 5_000 });

let browser: Promise<Browser> | null = null;

/** One Chromium for the whole process, started on first use and again if it goes away. */
function getBrowser(): Promise<Browser> {
  browser ??= chromium
    .launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ARGS })
    .then((launched) => {
      launched.on("disconnected", () => {
        browser = null;
      });
      return launched;
    })
    .catch((error: unknown) => {
      browser = null;
      throw error;
    });
  return browser;
}

/** The app's own report page on loopback, at the port this server listens on. Never a caller's URL. */
export function ownReportUrl(search: URLSearchParams): string {
  const port = Number(process.env.PORT ?? 3000);
  return `http://127.0.0.1:${port}/report?${search}`;
}

/** Prints the report for validated parameters to PDF, within the gate and a time limit. */
export function renderReportPdf(search: URLSearchParams, paper: Paper): Promise<Buffer> {
  return renderGate.run(async () => {
    const context = await (await getBrowser()).newContext({ javaScriptEnabled: false });
    // page.pdf() has no timeout of its own: closing the context makes a stuck render fail.
    const deadline = setTimeout(() => void context.close().catch(() => {}), RENDER_TIMEOUT_MS);
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(RENDER_TIMEOUT_MS);
      const response = await page.goto(ownReportUrl(search), { waitUntil: "load", timeout: RENDER_TIMEOUT_MS });
      if (!response?.ok()) throw new Error(`report page answered ${response?.status() ?? "nothing"}`);
      return await page.pdf({ format: paper === "letter" ? "Letter" : "A4", preferCSSPageSize: true, printBackground: true });
    } finally {
      clearTimeout(deadline);
      await context.close().catch(() => {});
    }
  });
}
