import { gzipSync } from "node:zlib";
import type { Browser, CDPSession, Page } from "playwright-core";
import { percentile } from "./stats";
import { AIM, aimProbe, DRAWN_AT, SNAPSHOTS_PROBE, START_FRAMES, STOP_AIM, STOP_FRAMES, waitForWindowValue, ZOOMED_AT } from "./probes";

export interface Measurement {
  /** ms from navigation start to the first contentful paint (Paint Timing). */
  fcpMs: number | null;
  /** ms from navigation start to a fully drawn chart (see probes.ts); null when over the cap. */
  drawnMs: number | null;
  /** ms from navigation start until a wheel over the chart produced a redrawn chart; null: not answered (or no wheel zoom). */
  zoomMs: number | null;
  frameP50: number | null;
  frameP95: number | null;
  heapBytes: number | null;
  /** Encoded bytes on the wire by resource type (CDP Network.loadingFinished), until drawn. */
  htmlBytes: number;
  /** The page's HTML as decoded (uncompressed) text. */
  htmlRawBytes: number;
  jsBytes: number;
  dataBytes: number;
  /** gzip size (zlib, here) of every script the page loaded by the end of the first zoom and the network going idle, whatever the server sends. */
  jsGzipBytes: number;
  /**
   * First-load JS: gzip size of the scripts the page's HTML asks for (the <script src> a module browser runs;
   * noModule polyfills are not loaded), which the page needs before it hydrates. Code the page imports later
   * (the figure's behaviours once hydrated, the tray or export menu on first use) is not in it, but is in jsGzipBytes.
   */
  firstLoadJsGzipBytes: number;
  /** Stylesheets the browser held the first paint for (CDP renderBlockingBehavior "Blocking" or "InBodyParserBlocking"). */
  renderBlockingSheets: number;
  /** Main-thread time during the 4 s of scripted gestures (CDP Performance metrics): script, and style + layout. */
  gestureScriptMs: number | null;
  gestureLayoutMs: number | null;
  /** Snapshots only: each figure frame during the gestures ("snapshots:draw" = scene + React render and commit; "snapshots:scene" = scene alone). */
  drawP50: number | null;
  drawP95: number | null;
  sceneP50: number | null;
  sceneP95: number | null;
  draws: number;
  /** Requests the loopback filter refused: must be empty. */
  blocked: string[];
}

export interface Target {
  url: string;
  /** Element whose centre the scripted wheel and drag aim at. */
  gestureSelector: string;
  /** The tool zooms on wheel: the impatient wheel runs from the first moment (TimelineJS has no wheel zoom). */
  wheelZoom: boolean;
  /** Snapshots: the figure reports its draws, and the page is interactive once this matches. */
  snapshots: boolean;
}

/** How long a tool may take to draw (BENCH_CAP_MS, default 60 s); past it the tool shows "> cap". */
export const CAP_MS = Number(process.env.BENCH_CAP_MS ?? 60_000);
export const VIEWPORT = { width: 1280, height: 800 };
const WHEEL_EVERY_MS = 30;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Where a person would point at the chart: its centre, at most 300 px below its top (the lanes, not the overview strip). */
function centreOf(box: [number, number, number, number] | null): { x: number; y: number } | null {
  return box ? { x: box[0] + box[2] / 2, y: box[1] + Math.min(box[3] / 2, 300) } : null;
}

async function aimAt(page: Page, selector: string): Promise<{ x: number; y: number } | null> {
  return centreOf(
    (await page.evaluate(
      `(() => { const el = document.querySelector(${JSON.stringify(selector)}); if (!el) return null; const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0 ? [r.x, r.y, r.width, r.height] : null; })()`,
    )) as [number, number, number, number] | null,
  );
}

/**
 * An impatient person: from the moment the page commits, a wheel tick (zoom in) over the chart every
 * 30 ms as soon as the chart is on screen, until the tool answers one with a redrawn chart. Resolves
 * with the page's `__zoomedAt` (ms from navigation start), or null at the deadline.
 */
async function firstZoom(page: Page, deadline: number): Promise<number | null> {
  let last: { x: number; y: number } | null = null;
  while (Date.now() < deadline) {
    const answered = (await page.evaluate(ZOOMED_AT)) as number | null;
    if (answered !== null) return answered;
    // The chart may still move while the page loads (styles, fonts, panels): follow it (aimProbe reads it each frame).
    const at = centreOf((await page.evaluate(AIM)) as [number, number, number, number] | null);
    if (at) {
      if (!last || Math.abs(last.x - at.x) > 1 || Math.abs(last.y - at.y) > 1) await page.mouse.move(at.x, at.y);
      last = at;
      await page.mouse.wheel(0, -100);
    }
    await sleep(WHEEL_EVERY_MS);
  }
  return null;
}

async function gestures(page: Page, selector: string): Promise<number[]> {
  const at = (await aimAt(page, selector)) ?? { x: VIEWPORT.width / 2, y: VIEWPORT.height / 2 };
  await page.evaluate(START_FRAMES);
  await page.mouse.move(at.x, at.y);
  for (let start = Date.now(); Date.now() - start < 2000; ) {
    await page.mouse.wheel(0, -40);
    await sleep(16);
  }
  await page.mouse.down();
  for (let start = Date.now(), dx = 0; Date.now() - start < 2000; ) {
    dx += 5;
    await page.mouse.move(at.x - dx, at.y);
    await sleep(16);
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

export function emptyMeasurement(): Measurement {
  return {
    fcpMs: null,
    drawnMs: null,
    zoomMs: null,
    frameP50: null,
    frameP95: null,
    heapBytes: null,
    htmlBytes: 0,
    htmlRawBytes: 0,
    jsBytes: 0,
    dataBytes: 0,
    jsGzipBytes: 0,
    firstLoadJsGzipBytes: 0,
    renderBlockingSheets: 0,
    gestureScriptMs: null,
    gestureLayoutMs: null,
    drawP50: null,
    drawP95: null,
    sceneP50: null,
    sceneP95: null,
    draws: 0,
    blocked: [],
  };
}

/**
 * Loads `target` in a fresh context and, in one page load: the first contentful paint, the drawn
 * chart (up to the cap), the first wheel zoom answered (wheeling from the start), then — once the page
 * is interactive and quiet — 4 s of zoom and pan for frame times, and the bytes. Fills `result` as it
 * goes, so a caller that gives up at the cap still has what was measured.
 */
export async function measure(browser: Browser, target: Target, result: Measurement): Promise<Measurement> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  // The browser resolves no other host (LAUNCH's host rules); requests are listed here, not intercepted, which would delay each one.
  context.on("request", (request) => {
    const host = new URL(request.url()).hostname;
    if (host !== "127.0.0.1" && host !== "localhost" && !request.url().startsWith("data:")) result.blocked.push(request.url());
  });
  if (target.snapshots) await context.addInitScript(SNAPSHOTS_PROBE);
  if (target.wheelZoom) await context.addInitScript(aimProbe(target.gestureSelector));
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  const types = new Map<string, string>();
  const bytes = { html: 0, js: 0, data: 0 };
  cdp.on("Network.responseReceived", (event) => void types.set(event.requestId, event.type));
  cdp.on("Network.requestWillBeSent", (event) => {
    if (event.type === "Stylesheet" && (event.renderBlockingBehavior === "Blocking" || event.renderBlockingBehavior === "InBodyParserBlocking")) result.renderBlockingSheets += 1;
  });
  cdp.on("Network.loadingFinished", (event) => {
    const type = types.get(event.requestId);
    if (type === "Document") bytes.html += event.encodedDataLength;
    else if (type === "Script") bytes.js += event.encodedDataLength;
    else if (type === "Fetch" || type === "XHR") bytes.data += event.encodedDataLength;
  });
  const scripts: Promise<[string, number]>[] = [];
  const documents: Promise<string>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "document") documents.push(response.body().then((body) => body.toString("utf8"), () => ""));
    if (response.request().resourceType() === "script") scripts.push(response.body().then((body) => [response.url(), gzipSync(body).length], () => [response.url(), 0]));
  });
  let weighed = false;
  const weigh = async () => {
    weighed = true;
    Object.assign(result, { htmlBytes: bytes.html, jsBytes: bytes.js, dataBytes: bytes.data });
    const loaded = await Promise.all(scripts);
    const html = await Promise.all(documents);
    result.jsGzipBytes = loaded.reduce((a, [, bytes]) => a + bytes, 0);
    result.htmlRawBytes = html.reduce((a, text) => a + Buffer.byteLength(text), 0);
    const asked = new Set(html.flatMap((text) => [...text.matchAll(/<script(?![^>]*\bnoModule)[^>]*\bsrc="([^"]+)"/gi)].map((m) => new URL(m[1]!.replaceAll("&amp;", "&"), target.url).href)));
    result.firstLoadJsGzipBytes = loaded.reduce((a, [url, bytes]) => a + (asked.has(url) ? bytes : 0), 0);
  };
  try {
    const deadline = Date.now() + CAP_MS;
    await page.goto(target.url, { waitUntil: "commit", timeout: CAP_MS });
    // Settled at once with a catch: when the browser is killed at the cap, this loop's next call throws and nobody awaits it any more.
    const zoom = target.wheelZoom ? firstZoom(page, deadline).catch(() => null) : Promise.resolve(null);
    const drawn = (await waitForWindowValue(page, DRAWN_AT, deadline - Date.now())) as number | null;
    const zoomed = await zoom;
    if (drawn === null) return result;
    result.fcpMs = (await page.evaluate(`performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null`)) as number | null;
    // Nothing is on screen before the first contentful paint, which is a presentation time (raster included), where
    // the frame signals are main-thread times: a chart already in the first contentful frame was drawn at FCP.
    result.drawnMs = Math.max(drawn, result.fcpMs ?? 0);
    result.zoomMs = zoomed === null ? null : Math.max(zoomed, result.fcpMs ?? 0);
    await page.evaluate(STOP_AIM);
    // Interactive and quiet: hydrated (Snapshots), then the requests a first view starts (links, neighbour windows) done.
    if (target.snapshots) await waitForWindowValue(page, `document.querySelector(".figure-host[data-ready]") ? 1 : undefined`, Math.max(0, deadline - Date.now()));
    await page.waitForLoadState("networkidle", { timeout: Math.max(1, deadline - Date.now()) }).catch(() => undefined);
    await sleep(300);
    await weigh();
    await cdp.send("HeapProfiler.collectGarbage");
    result.heapBytes = (await cdp.send("Runtime.getHeapUsage")).usedSize;
    await cdp.send("Performance.enable");
    const before = await mainThreadTimes(cdp);
    if (target.snapshots) await page.evaluate("window.__draws = []; window.__scenes = []");
    const frames = await gestures(page, target.gestureSelector);
    const after = await mainThreadTimes(cdp);
    result.gestureScriptMs = after.script - before.script;
    result.gestureLayoutMs = after.layout - before.layout;
    if (target.snapshots) {
      const draws = ((await page.evaluate("window.__draws")) as number[]).sort((a, b) => a - b);
      const scenes = ((await page.evaluate("window.__scenes")) as number[]).sort((a, b) => a - b);
      Object.assign(result, { draws: draws.length, drawP50: percentile(draws, 50), drawP95: percentile(draws, 95), sceneP50: percentile(scenes, 50), sceneP95: percentile(scenes, 95) });
    }
    result.frameP50 = percentile(frames, 50);
    result.frameP95 = percentile(frames, 95);
  } catch (error) {
    if (!/Timeout/i.test(String(error))) throw error;
  } finally {
    // A page still busy past the cap may never answer for its bodies: weigh what came, briefly.
    if (!weighed) await Promise.race([weigh(), sleep(5000)]);
  }
  return result;
}
