import { gzipSync } from "node:zlib";
import type { Browser, CDPSession, Page } from "playwright-core";

export interface Measurement {
  /** ms from navigation start to a fully drawn chart; null when over the cap. */
  drawnMs: number | null;
  frameP50: number | null;
  frameP95: number | null;
  heapBytes: number | null;
  htmlBytes: number;
  /** The page's HTML as decoded (uncompressed) text. */
  htmlRawBytes: number;
  jsBytes: number;
  dataBytes: number;
  /** gzip size of every script the page loaded (first-load JS). */
  jsGzipBytes: number;
  /** Main-thread time during the 4 s of scripted gestures (CDP Performance metrics): script, and style + layout. */
  gestureScriptMs: number | null;
  gestureLayoutMs: number | null;
  /** Snapshots only: duration of each chart draw during the gestures (its "snapshots:draw" measure), p50 and p95. */
  drawP50: number | null;
  drawP95: number | null;
  draws: number;
  /** Requests the loopback filter refused: must be empty. */
  blocked: string[];
}

export interface Target {
  url: string;
  /** Element whose centre the scripted wheel and drag aim at. */
  gestureSelector: string;
}

export const CAP_MS = 60_000;
export const VIEWPORT = { width: 1280, height: 800 };

/** Snapshots announces a drawn chart with a performance mark or a data-drawn attribute; +2 frames, like the peers. */
const SNAPSHOTS_DRAWN = `(() => {
  window.__draws = [];
  new PerformanceObserver((list) => { for (const e of list.getEntriesByName("snapshots:draw")) window.__draws.push(e.duration); }).observe({ type: "measure" });
  const done = () => requestAnimationFrame(() => requestAnimationFrame(() => { window.__drawnAt ??= performance.now(); }));
  new PerformanceObserver((list) => { if (list.getEntriesByName("snapshots:chart-drawn").length) done(); }).observe({ type: "mark", buffered: true });
  new MutationObserver(() => { if (document.querySelector("[data-drawn]:not([data-drawn='false'])")) done(); })
    .observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-drawn"] });
})();`;

// Page scripts are strings: tsx's transform would wrap functions in helpers the page does not have.
const START_FRAMES = `(() => {
  window.__frames = [];
  window.__stop = false;
  const loop = (t) => { window.__frames.push(t); if (!window.__stop) requestAnimationFrame(loop); };
  requestAnimationFrame(loop);
})()`;
const STOP_FRAMES = "(() => { window.__stop = true; return window.__frames; })()";
const DRAWN_AT = "window.__drawnAt";

function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function gestures(page: Page, selector: string): Promise<number[]> {
  const box = await page.locator(selector).first().boundingBox();
  const x = box ? box.x + box.width / 2 : VIEWPORT.width / 2;
  const y = box ? box.y + Math.min(box.height / 2, 300) : VIEWPORT.height / 2;
  await page.evaluate(START_FRAMES);
  await page.mouse.move(x, y);
  for (let start = Date.now(); Date.now() - start < 2000; ) {
    await page.mouse.wheel(0, -40);
    await page.waitForTimeout(16);
  }
  await page.mouse.down();
  for (let start = Date.now(), dx = 0; Date.now() - start < 2000; ) {
    dx += 5;
    await page.mouse.move(x - dx, y);
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  const frames = (await page.evaluate(STOP_FRAMES)) as number[];
  return frames.slice(1).map((t, i) => t - frames[i]!).sort((a, b) => a - b);
}

async function mainThreadTimes(cdp: CDPSession) {
  const { metrics } = await cdp.send("Performance.getMetrics");
  const value = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { script: value("ScriptDuration"), layout: value("LayoutDuration") + value("RecalcStyleDuration") };
}

/** Loads `target` in a fresh context, waits for the drawn signal (up to the cap), then zooms, pans and weighs. */
export function emptyMeasurement(): Measurement {
  return { drawnMs: null, frameP50: null, frameP95: null, heapBytes: null, htmlBytes: 0, htmlRawBytes: 0, jsBytes: 0, dataBytes: 0, jsGzipBytes: 0, gestureScriptMs: null, gestureLayoutMs: null, drawP50: null, drawP95: null, draws: 0, blocked: [] };
}

/** Fills `result` as it goes, so a caller that gives up at the cap still has what was measured. */
export async function measure(browser: Browser, target: Target, isSnapshots: boolean, result: Measurement): Promise<Measurement> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const blocked = result.blocked;
  await context.route("**/*", (route) => {
    const host = new URL(route.request().url()).hostname;
    if (host === "127.0.0.1" || host === "localhost") return route.continue();
    blocked.push(route.request().url());
    return route.abort("blockedbyclient");
  });
  if (isSnapshots) await context.addInitScript(SNAPSHOTS_DRAWN);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  const types = new Map<string, string>();
  const bytes = { html: 0, js: 0, data: 0 };
  cdp.on("Network.responseReceived", (event) => void types.set(event.requestId, event.type));
  cdp.on("Network.loadingFinished", (event) => {
    const type = types.get(event.requestId);
    if (type === "Document") bytes.html += event.encodedDataLength;
    else if (type === "Script") bytes.js += event.encodedDataLength;
    else if (type === "Fetch" || type === "XHR") bytes.data += event.encodedDataLength;
  });
  const scripts: Promise<number>[] = [];
  const documents: Promise<number>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "document")
      documents.push(response.body().then((body) => body.length, () => 0));
    if (response.request().resourceType() === "script")
      scripts.push(response.body().then((body) => gzipSync(body).length, () => 0));
  });
  let weighed = false;
  const weigh = async () => {
    weighed = true;
    Object.assign(result, { htmlBytes: bytes.html, jsBytes: bytes.js, dataBytes: bytes.data });
    result.jsGzipBytes = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
    result.htmlRawBytes = (await Promise.all(documents)).reduce((a, b) => a + b, 0);
  };
  try {
    await page.goto(target.url, { waitUntil: "commit", timeout: CAP_MS });
    const handle = await page.waitForFunction(DRAWN_AT, null, { timeout: CAP_MS, polling: 50 });
    result.drawnMs = (await handle.jsonValue()) as number;
    await weigh();
    await cdp.send("HeapProfiler.collectGarbage");
    result.heapBytes = (await cdp.send("Runtime.getHeapUsage")).usedSize;
    await cdp.send("Performance.enable");
    const before = await mainThreadTimes(cdp);
    if (isSnapshots) await page.evaluate("window.__draws = []");
    const frames = await gestures(page, target.gestureSelector);
    const after = await mainThreadTimes(cdp);
    result.gestureScriptMs = after.script - before.script;
    result.gestureLayoutMs = after.layout - before.layout;
    if (isSnapshots) {
      const draws = ((await page.evaluate("window.__draws")) as number[]).sort((a, b) => a - b);
      Object.assign(result, { draws: draws.length, drawP50: percentile(draws, 50), drawP95: percentile(draws, 95) });
    }
    result.frameP50 = percentile(frames, 50);
    result.frameP95 = percentile(frames, 95);
  } catch (error) {
    if (!/Timeout/i.test(String(error))) throw error;
  } finally {
    // A page still busy past the cap may never answer for its bodies: weigh what came, briefly.
    if (!weighed) await Promise.race([weigh(), new Promise((resolve) => setTimeout(resolve, 5000))]);
  }
  return result;
}
