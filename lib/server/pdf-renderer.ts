import "server-only";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";
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
  /** Chromium itself, in a process group of its own, so one signal takes it and its helpers. */
  child: ChildProcess;
  profile: string;
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
  try {
    process.kill(-current.child.pid!, "SIGKILL");
  } catch {
    // Already gone.
  }
  void current.browser.then((browser) => browser.close()).catch(() => {});
  void rm(current.profile, { recursive: true, force: true }).catch(() => {});
}

// A detached browser outlives this process unless told: it goes when the server does.
process.once("exit", () => {
  if (!running) return;
  try {
    process.kill(-running.child.pid!, "SIGKILL");
  } catch {
    // Already gone.
  }
  rmSync(running.profile, { recursive: true, force: true });
});

/** Two renders at once on a small machine; a third waits up to 5 s, then is told to retry. A watchdog takes back any slot held past the deadline. */
export const renderGate = createRenderGate({
  limit: envNumber("PDF_SLOTS", 2),
  maxWaitMs: 5_000,
  maxHoldMs: RENDER_DEADLINE_MS + 5_000,
  onReclaim: (count) => killBrowser(`watchdog took back ${count} render slot(s) held past the deadline`),
});

const PROFILE_PREFIX = "snapshots-pdf-";

/** Profiles left behind by servers that were killed outright (their pid is in the name). */
async function removeOrphanProfiles() {
  const names = await readdir(/*turbopackIgnore: true*/ tmpdir()).catch(() => [] as string[]);
  for (const name of names) {
    const pid = Number(new RegExp(`^${PROFILE_PREFIX}(\\d+)-`).exec(name)?.[1]);
    if (!pid || pid === process.pid) continue;
    try {
      process.kill(pid, 0);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ESRCH") continue;
      await rm(path.join(/*turbopackIgnore: true*/ tmpdir(), name), { recursive: true, force: true }).catch(() => {});
    }
  }
}

/**
 * Starts Chromium as a child this process owns (not through Playwright's launcher, which hands
 * over the process only once the browser has answered), then connects to it over CDP on loopback.
 * It also gets a DevTools pipe (fds 3 and 4) that nothing uses: when this process dies, even by
 * SIGKILL, the pipe closes and Chromium exits with it instead of living on as an orphan.
 */
function launch(): Running {
  void removeOrphanProfiles();
  const profile = mkdtempSync(path.join(/*turbopackIgnore: true*/ tmpdir(), `${PROFILE_PREFIX}${process.pid}-`));
  const child = spawn(/*turbopackIgnore: true*/ process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", [...ARGS, "--headless", "--remote-debugging-pipe", "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", `--user-data-dir=${profile}`, "about:blank"], {
    detached: true,
    stdio: ["ignore", "ignore", "pipe", "pipe", "pipe"],
  });
  const endpoint = new Promise<string>((resolve, reject) => {
    let output = "";
    child.stderr!.on("data", (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000);
      const found = /DevTools listening on (ws:\/\/\S+)/.exec(output);
      if (found) resolve(found[1]!);
    });
    child.once("error", reject);
    child.once("exit", (code, signal) => reject(new Error(`Chromium exited (${signal ?? code}) before it listened: ${output.trim().slice(-500)}`)));
  });
  // The output is read to the end (the listener stays), so a full pipe can never block Chromium.
  const browser = endpoint.then((url) => chromium.connectOverCDP(url, { timeout: RENDER_DEADLINE_MS }));
  return { child, profile, browser };
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
  started.child.once("exit", () => running === started && killBrowser("it exited"));
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
