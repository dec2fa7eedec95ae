import "server-only";
import { chromium, type Browser, type BrowserServer } from "playwright-core";
import { getListenOrigin } from "../http/process-slots";
import { createRenderGate } from "../report/render-gate";
import type { Paper } from "../report/report-query";

const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

function envNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = Number(raw);
  return raw !== undefined && raw !== "" && Number.isFinite(value) && value > 0 ? value : fallback;
}

/** The whole render (browser start, page load, printing) must end within this, or the browser is killed. */
export const RENDER_DEADLINE_MS = envNumber("PDF_DEADLINE_MS", 30_000);

/** Thrown when a render ran past the deadline; its browser has been killed and will be replaced. */
export class RenderTimeoutError extends Error {
  constructor() {
    super(`The render took longer than ${RENDER_DEADLINE_MS / 1000} s`);
  }
}

interface Running {
  server: BrowserServer;
  browser: Browser;
}

let running: Promise<Running> | null = null;

/** Kills the browser (SIGKILL to its process group, so a frozen one goes too); the next render starts a new one. */
function killBrowser(reason: string) {
  const current = running;
  running = null;
  if (!current) return;
  console.error(`[pdf] replacing Chromium: ${reason}`);
  void current.then(({ server }) => server.kill()).catch(() => {});
}

/** Two renders at once on a small machine; a third waits up to 5 s, then is told to retry. A watchdog takes back any slot held past the deadline. */
export const renderGate = createRenderGate({
  limit: envNumber("PDF_SLOTS", 2),
  maxWaitMs: 5_000,
  maxHoldMs: RENDER_DEADLINE_MS + 5_000,
  onReclaim: (count) => killBrowser(`watchdog took back ${count} render slot(s) held past the deadline`),
});

async function launch(): Promise<Running> {
  const server = await chromium.launchServer({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ARGS, timeout: RENDER_DEADLINE_MS });
  try {
    const browser = await chromium.connect(server.wsEndpoint(), { timeout: RENDER_DEADLINE_MS });
    return { server, browser };
  } catch (error) {
    await server.kill();
    throw error;
  }
}

/** One Chromium for the whole process, started on first use and again whenever it is gone or broken. */
async function getBrowser(): Promise<Browser> {
  const current = running;
  if (current) {
    const ready = await current.catch(() => null);
    if (ready?.browser.isConnected()) return ready.browser;
    if (running === current) killBrowser("it disconnected or failed to start");
  }
  const started = (running ??= launch());
  started.then(
    ({ browser }) => browser.on("disconnected", () => running === started && killBrowser("it disconnected")),
    () => running === started && (running = null),
  );
  return (await started).browser;
}

/** The app's own report page, on the address this process really listens on (IPv4 or IPv6). Never a caller's URL. */
export function ownReportUrl(search: URLSearchParams): string {
  const origin = getListenOrigin() ?? `http://127.0.0.1:${Number(process.env.PORT ?? 3000)}`;
  return `${origin}/report?${search}`;
}

async function print(search: URLSearchParams, paper: Paper): Promise<Buffer> {
  const browser = await getBrowser();
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(RENDER_DEADLINE_MS);
    const response = await page.goto(ownReportUrl(search), { waitUntil: "load", timeout: RENDER_DEADLINE_MS });
    if (!response?.ok()) throw new Error(`report page answered ${response?.status() ?? "nothing"}`);
    return await page.pdf({ format: paper === "letter" ? "Letter" : "A4", preferCSSPageSize: true, printBackground: true });
  } finally {
    // Not awaited: on a frozen browser this never settles, and the deadline has the last word anyway.
    void context.close().catch(() => {});
  }
}

/** Resolves with the render or rejects at the deadline, killing the browser so whatever it was doing stops. */
function withDeadline<T>(work: (expired: () => boolean) => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  let expired = false;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      expired = true;
      killBrowser(`a render passed the ${RENDER_DEADLINE_MS / 1000} s deadline`);
      reject(new RenderTimeoutError());
    }, RENDER_DEADLINE_MS);
  });
  return Promise.race([work(() => expired), deadline]).finally(() => clearTimeout(timer));
}

/**
 * Prints the report for validated parameters to PDF, within the gate and the deadline. A render that
 * fails because the browser died (killed while idle, crashed) is tried once more on a new browser.
 */
export function renderReportPdf(search: URLSearchParams, paper: Paper): Promise<Buffer> {
  return renderGate.run(() =>
    withDeadline(async (expired) => {
      try {
        return await print(search, paper);
      } catch (error) {
        const browser = await running?.catch(() => null);
        if (expired() || browser?.browser.isConnected()) throw error;
        killBrowser("it died during a render");
        return print(search, paper);
      }
    }),
  );
}
