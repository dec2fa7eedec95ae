import "server-only";
import { readdirSync, readFileSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";
import { getListenOrigin } from "../http/process-slots";
import { createRenderGate } from "../report/render-gate";
import type { Paper } from "../report/report-query";
import { envPositive } from "../http/env-number";

const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

/** The whole render (browser start, page load, printing) must end within this, or the browser is killed. */
export const RENDER_DEADLINE_MS = envPositive("PDF_DEADLINE_MS", 30_000);

/** Thrown when a render ran past the deadline; its browser has been killed and will be replaced. */
export class RenderTimeoutError extends Error {
  constructor() {
    super(`The render took longer than ${RENDER_DEADLINE_MS / 1000} s`);
  }
}

interface Running {
  /** Chromium's process id once known (the leader of its own process group: one signal takes it and its helpers). */
  pid: number | null;
  browser: Promise<Browser>;
}

let running: Running | null = null;

/**
 * Kills the browser (SIGKILL to its process group: a frozen process cannot ignore it) whatever
 * state it is in, starting or rendering; the next render starts a new one.
 */
function killBrowser(reason: string) {
  const current = running;
  running = null;
  if (!current) return;
  console.error(`[pdf] replacing Chromium: ${reason}`);
  if (current.pid) {
    try {
      process.kill(-current.pid, "SIGKILL");
    } catch {
      // Already gone.
    }
  }
  void current.browser.then((browser) => browser.close()).catch(() => {});
}

// A browser outlives this process unless told (its pipe closing ends it too, but not a frozen one): it goes when the server does.
process.once("exit", () => {
  if (!running?.pid) return;
  try {
    process.kill(-running.pid, "SIGKILL");
  } catch {
    // Already gone.
  }
});

/** Two renders at once on a small machine; a third waits up to 5 s, then is told to retry. A watchdog takes back any slot held past the deadline. */
export const renderGate = createRenderGate({
  limit: envPositive("PDF_SLOTS", 2),
  maxWaitMs: 5_000,
  maxHoldMs: RENDER_DEADLINE_MS + 5_000,
  onReclaim: (count) => killBrowser(`watchdog took back ${count} render slot(s) held past the deadline`),
});

/** The Chromium this process launched: its child whose command line has --remote-debugging-pipe (Linux /proc). */
function findBrowserPid(): number | null {
  try {
    const tasks = readdirSync(/* turbopackIgnore: true */ `/proc/${process.pid}/task`);
    const children = tasks.flatMap((task) => readFileSync(/* turbopackIgnore: true */ `/proc/${process.pid}/task/${task}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number));
    const found = children.filter((pid) => {
      try {
        return readFileSync(/* turbopackIgnore: true */ `/proc/${pid}/cmdline`, "utf8").includes("--remote-debugging-pipe");
      } catch {
        return false;
      }
    });
    return found.length ? Math.max(...found) : null;
  } catch {
    return null;
  }
}

/**
 * Starts Chromium through Playwright's launcher, which talks to it over its DevTools pipe only (no
 * TCP port is opened) and starts it as the leader of a process group of its own. When this process
 * dies, even by SIGKILL, the pipe closes and Chromium exits with it. A Chromium that dies while it
 * starts fails the launch at once (the pipe closes), so its render slot is free again at once.
 */
function launch(): Running {
  const started: Running = { pid: null, browser: Promise.resolve(null as unknown as Browser) };
  started.browser = chromium
    .launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ARGS,
      timeout: RENDER_DEADLINE_MS,
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    })
    .then((browser) => {
      started.pid = findBrowserPid();
      return browser;
    });
  return started;
}

/** One Chromium for the whole process, started on first use and again whenever it is gone or broken. */
async function getBrowser(): Promise<Browser> {
  const current = running;
  if (current) {
    const ready = await current.browser.catch(() => null);
    if (ready?.isConnected()) return ready;
    if (running === current) killBrowser("it disconnected or failed to start");
  }
  const started = (running ??= launch());
  const browser = await started.browser;
  browser.on("disconnected", () => running === started && killBrowser("it disconnected"));
  return browser;
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
        const browser = await running?.browser.catch(() => null);
        if (expired() || browser?.isConnected()) throw error;
        killBrowser("it died during a render");
        return print(search, paper);
      }
    }),
  );
}
