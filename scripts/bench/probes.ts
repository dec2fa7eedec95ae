/**
 * What the benchmark runs inside the pages, as strings: tsx's transform would wrap functions in helpers
 * the page does not have. Everything is read with page.evaluate (CDP), never waitForFunction, whose
 * string predicates the explorer's CSP (no 'unsafe-eval') refuses.
 *
 * "Drawn" and "zoom answered" follow one rule for every tool: the signal, then two animation frames —
 * the first frame renders what the signal announced, the second starts once that frame is out. When the
 * signal itself comes inside an animation frame (a redraw the tool does in requestAnimationFrame, as
 * Snapshots and vis-timeline both do for zoom), that counts one frame more than needed: conservative.
 */

/**
 * Snapshots' signals. The figure is in the server's HTML and the explorer writes
 * `<span hidden data-drawn=…>` right after its SVG: drawn = that node parsed (a MutationObserver sees the
 * parser insert it), then two frames. Zoom answered = the SVG's data-from / data-to differ from those
 * of the first paint (the figure redrew for another window), then two frames. It also collects the
 * figure's "snapshots:draw" and "snapshots:scene" measures.
 */
export const SNAPSHOTS_PROBE = `(() => {
  window.__draws = [];
  window.__scenes = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.name === "snapshots:draw") window.__draws.push(e.duration);
      else if (e.name === "snapshots:scene") window.__scenes.push(e.duration);
    }
  }).observe({ type: "measure" });
  const afterNextPaint = (key) => requestAnimationFrame(() => requestAnimationFrame(() => { window[key] ??= performance.now(); }));
  const edges = () => {
    const svg = document.querySelector("svg.figure");
    return svg ? svg.getAttribute("data-from") + "/" + svg.getAttribute("data-to") : null;
  };
  const isDrawn = (node) => node.nodeType === 1 && (node.hasAttribute("data-drawn") || (node.firstElementChild !== null && node.querySelector("[data-drawn]") !== null));
  let first = null;
  const observer = new MutationObserver((records) => {
    if (first === null) {
      if (!records.some((record) => [...record.addedNodes].some(isDrawn))) return;
      first = edges();
      afterNextPaint("__drawnAt");
      return;
    }
    const now = edges();
    if (now !== null && now !== first) {
      observer.disconnect();
      afterNextPaint("__zoomedAt");
    }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-from", "data-to"] });
})();`;

/**
 * Where the chart is, for the impatient wheel: read once per animation frame (when the page lays out
 * anyway), so the benchmark forces no extra layout while the page loads. `window.__aim` is
 * [x, y, width, height] of the first element matching `selector`, once it has a size.
 */
export function aimProbe(selector: string): string {
  return `(() => {
  const read = () => {
    const el = document.querySelector(${JSON.stringify(selector)});
    const r = el && el.getBoundingClientRect();
    if (r && r.width > 0 && r.height > 0) window.__aim = [r.x, r.y, r.width, r.height];
    if (window.__zoomedAt === undefined && !window.__stopAim) requestAnimationFrame(read);
  };
  requestAnimationFrame(read);
})();`;
}
export const AIM = "window.__aim ?? null";
export const STOP_AIM = "window.__stopAim = true";

/** Set by SNAPSHOTS_PROBE, or by the peer pages in bench/peers/ themselves. */
export const DRAWN_AT = "window.__drawnAt";
export const ZOOMED_AT = "window.__zoomedAt ?? null";

export const START_FRAMES = `(() => {
  window.__frames = [];
  window.__stop = false;
  const loop = (t) => { window.__frames.push(t); if (!window.__stop) requestAnimationFrame(loop); };
  requestAnimationFrame(loop);
})()`;
export const STOP_FRAMES = "(() => { window.__stop = true; return window.__frames; })()";

/** Polls `expression` in the page every 50 ms until it is defined; null after `timeoutMs`. */
export async function waitForWindowValue(page: { evaluate(expression: string): Promise<unknown> }, expression: string, timeoutMs: number): Promise<unknown> {
  return page.evaluate(`new Promise((resolve) => {
    const until = performance.now() + ${Math.max(0, Math.round(timeoutMs))};
    const poll = () => {
      const value = ${expression};
      if (value !== undefined && value !== null) resolve(value);
      else if (performance.now() > until) resolve(null);
      else setTimeout(poll, 50);
    };
    poll();
  })`);
}
