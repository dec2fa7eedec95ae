// Required only on the server (EarlyInputScript.tsx, a client component: not "server-only", which its SSR layer refuses).
import { ZOOM_STEP } from "./behaviours/types";
/**
 * The inline script. Self-contained: it is inlined as source (Function.prototype.toString), so it must
 * not refer to anything outside itself. Its rules mirror the figure's (d3-zoom's default wheel step, the
 * zoom buttons' factor passed in as its argument, bounds as the outer limit); the window controller applies the exact rules
 * (clamping, minimum span, rounding) when the figure takes the window.
 */
function early(zoomStep: number): void {
  if (window.__snapshotsEarly) return;
  let figureDone = false;
  let clicksDone = false;
  let base: [number, number] | null = null;
  let pending: [number, number] | null = null;
  let drag: { x: number; domain: [number, number]; svg: SVGSVGElement } | null = null;
  const clicks: Element[] = [];

  interface Geometry {
    host: HTMLElement;
    svg: SVGSVGElement;
    x0: number;
    x1: number;
    bounds: [number, number];
    /** Screen px → SVG user units. */
    scale: number;
    left: number;
  }
  const geometry = (target: EventTarget | null): Geometry | null => {
    if (figureDone || !(target instanceof Element)) return null;
    const host = target.closest<HTMLElement>(".figure-host");
    if (!host || host.hasAttribute("data-ready") || target.closest(".overview")) return null;
    const svg = host.querySelector<SVGSVGElement>("svg.figure");
    const x0 = Number(host.dataset.plotX0);
    const x1 = Number(host.dataset.plotX1);
    const bounds: [number, number] = [Number(host.dataset.boundsFrom), Number(host.dataset.boundsTo)];
    if (!svg || !(x1 > x0) || !(bounds[1] > bounds[0])) return null;
    const rect = svg.getBoundingClientRect();
    const width = svg.viewBox.baseVal.width;
    if (!rect.width || !width) return null;
    if (!base) base = [Date.parse(svg.dataset.from ?? ""), Date.parse(svg.dataset.to ?? "")];
    if (!(base[1] > base[0])) return (base = null);
    return { host, svg, x0, x1, bounds, scale: width / rect.width, left: rect.left };
  };
  const clamp = ([from, to]: [number, number], [lo, hi]: [number, number]): [number, number] => {
    const span = Math.min(to - from, hi - lo);
    const start = Math.min(Math.max(from, lo), hi - span);
    return [start, start + span];
  };
  /** Attributes the early answer changed, with the server's values: put back before React takes the figure. */
  const saved = new Map<Element, Map<string, string | null>>();
  const original = (el: Element, name: string): number => {
    const kept = saved.get(el);
    return Number(kept && kept.has(name) ? kept.get(name) : el.getAttribute(name));
  };
  const put = (el: Element, name: string, value: string | null) => {
    let kept = saved.get(el);
    if (!kept) saved.set(el, (kept = new Map()));
    if (!kept.has(name)) kept.set(name, el.getAttribute(name));
    if (value === null) el.removeAttribute(name);
    else el.setAttribute(name, value);
  };
  const restore = () => {
    for (const [el, attrs] of saved) for (const [name, value] of attrs) put(el, name, value);
    saved.clear();
  };
  const round = (v: number) => String(Math.round(v * 10) / 10);
  /** The figure's own data-from / data-to format (toIsoInstant of the minute). */
  const iso = (ms: number) => {
    const minute = Math.round(ms / 60_000) * 60_000;
    const text = new Date(minute).toISOString();
    return minute % 86_400_000 === 0 ? text.slice(0, 10) : `${text.slice(0, 16)}Z`;
  };
  /**
   * Draws the pending window from the server's figure: every mark, label, leader, callout, cluster badge,
   * axis tick and the snapshot line moved to where its time falls in the new window (shapes keep their size;
   * bars and spans stretch with time), ticks that leave the plot hidden, the overview's window box moved, and
   * the SVG's data-from / data-to set to the window now drawn. What only the scene can decide again (which
   * ticks and labels fit, badges unfolding) waits for React, which redraws the same window exactly.
   */
  const show = (g: Geometry) => {
    const [f0, t0] = base!;
    const [f, t] = pending!;
    const a = (t0 - f0) / (t - f);
    const b = g.x0 + ((f0 - f) / (t - f)) * (g.x1 - g.x0) - a * g.x0;
    const at = (x: number) => a * x + b;
    const svg = g.svg;
    const move = (el: Element | null, x: number) => {
      if (el && Number.isFinite(x)) put(el, "transform", `translate(${round(at(x) - x)} 0)`);
    };
    const outside = (x: number) => at(x) < g.x0 - 1 || at(x) > g.x1 + 1;
    const hitCentre = (el: Element) => {
      const hit = el.querySelector("rect.mark-hit, rect.cluster-badge");
      return hit ? original(hit, "x") + original(hit, "width") / 2 : NaN;
    };
    /** Where each mark's centre is now: a label is shown only while its mark is in the plot. */
    const centres = new Map<string, number>();
    for (const mark of svg.querySelectorAll("g.marks > g.mark")) {
      centres.set(mark.getAttribute("data-event") ?? "", at(hitCentre(mark)));
      if (mark.getAttribute("data-kind") === "point") {
        move(mark, hitCentre(mark));
        continue;
      }
      // A bar or span covers its time: stretched with it, its hit target centred on it.
      for (const rect of mark.querySelectorAll("rect:not(.mark-hit)")) {
        put(rect, "x", round(at(original(rect, "x"))));
        put(rect, "width", round(a * original(rect, "width")));
      }
      move(mark.querySelector("rect.mark-hit"), hitCentre(mark));
    }
    for (const cluster of svg.querySelectorAll("g.clusters > g.cluster")) move(cluster, hitCentre(cluster));
    const leaders = new Map<string, number>();
    for (const leader of svg.querySelectorAll("g.leaders > g.leader")) {
      const x = Number(/^M\s*(-?[\d.]+)/.exec(leader.querySelector("path")?.getAttribute("d") ?? "")?.[1]);
      leaders.set(leader.getAttribute("data-note") ?? "", x);
      move(leader, x);
    }
    for (const callout of svg.querySelectorAll("g.callouts > g.callout")) {
      const box = callout.querySelector("rect");
      move(callout, leaders.get(callout.getAttribute("data-note") ?? "") ?? (box ? original(box, "x") : NaN));
    }
    for (const label of svg.querySelectorAll("g.labels > g.mark-label")) {
      const text = label.querySelector("text");
      if (text) move(label, original(text, "x"));
      const centre = centres.get(label.getAttribute("data-label-for") ?? "");
      put(label, "visibility", centre !== undefined && (centre < g.x0 || centre > g.x1) ? "hidden" : null);
    }
    // The labels' knockout (where leaders pass under them) moves with them.
    for (const box of svg.querySelectorAll("mask rect:not(:first-child)")) move(box, original(box, "x"));
    const asof = svg.querySelector("g.asof line");
    if (asof) move(asof.parentElement, original(asof, "x1"));
    for (const tick of svg.querySelectorAll("g.axis > g.tick")) {
      const line = tick.querySelector("line");
      if (!line) continue;
      const x = original(line, "x1");
      move(tick, x);
      put(tick, "visibility", outside(x) ? "hidden" : null);
    }
    for (const label of svg.querySelectorAll("g.axis > text.context-label")) {
      const x = original(label, "x");
      move(label, x);
      put(label, "visibility", outside(x) ? "hidden" : null);
    }
    const after = svg.querySelector("rect.after-region");
    if (after) {
      const x = original(after, "x");
      const right = x + original(after, "width");
      // It starts at the snapshot line, or at the plot's edge when the line is before the window.
      const left = x <= g.x0 ? x : Math.max(at(x), g.x0 - 8);
      put(after, "x", round(left));
      put(after, "width", round(Math.max(0, right - left)));
    }
    const box = svg.querySelector("rect.ov-window");
    if (box && original(box, "width") >= 6) {
      const perMs = original(box, "width") / (t0 - f0);
      put(box, "x", round(original(box, "x") + (f - f0) * perMs));
      put(box, "width", round((t - f) * perMs));
    }
    put(svg, "data-from", iso(f));
    put(svg, "data-to", iso(t));
    put(g.host, "aria-busy", "true");
  };
  const zoom = (g: Geometry, factor: number, centreX: number | null) => {
    const [from, to] = pending ?? base!;
    const at = centreX === null ? (from + to) / 2 : from + ((centreX - g.x0) / (g.x1 - g.x0)) * (to - from);
    pending = clamp([at - (at - from) / factor, at + (to - at) / factor], g.bounds);
    show(g);
  };

  const onWheel = (event: WheelEvent) => {
    const g = geometry(event.target);
    if (!g) return;
    event.preventDefault();
    // d3-zoom's default wheel delta.
    const delta = -event.deltaY * (event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002) * (event.ctrlKey ? 10 : 1);
    zoom(g, Math.pow(2, delta), (event.clientX - g.left) * g.scale);
  };
  const onDown = (event: PointerEvent) => {
    if (event.button !== 0) return;
    const g = geometry(event.target);
    if (!g) return;
    drag = { x: event.clientX, domain: pending ?? base!, svg: g.svg };
  };
  const onMove = (event: PointerEvent) => {
    if (!drag) return;
    const g = geometry(drag.svg);
    if (!g) return void (drag = null);
    const dx = (event.clientX - drag.x) * g.scale;
    if (!pending && Math.abs(dx) < 4) return;
    const [from, to] = drag.domain;
    const shift = (-dx / (g.x1 - g.x0)) * (to - from);
    pending = clamp([from + shift, to + shift], g.bounds);
    show(g);
  };
  const onUp = () => void (drag = null);
  const onKey = (event: KeyboardEvent) => {
    const g = geometry(event.target);
    if (!g || event.target !== g.host || event.altKey || event.ctrlKey || event.metaKey) return;
    const factor = event.key === "+" || event.key === "=" ? zoomStep : event.key === "-" || event.key === "_" ? 1 / zoomStep : 0;
    if (!factor) return;
    event.preventDefault();
    zoom(g, factor, null);
  };
  const onClick = (event: MouseEvent) => {
    if (clicksDone || !(event.target instanceof Element)) return;
    const control = event.target.closest("button, input[type=checkbox], input[type=radio]");
    const app = control?.closest(".explorer, .embed, .figure-frame");
    if (!control || !app || app.hasAttribute("data-ready") || control.closest("[data-ready]")) return;
    // Held, not lost: clicked again once React listens.
    event.preventDefault();
    event.stopPropagation();
    if (!clicks.includes(control)) clicks.push(control);
    control.setAttribute("aria-busy", "true");
  };

  document.addEventListener("wheel", onWheel, { capture: true, passive: false });
  document.addEventListener("pointerdown", onDown, true);
  document.addEventListener("pointermove", onMove, true);
  document.addEventListener("pointerup", onUp, true);
  document.addEventListener("pointercancel", onUp, true);
  document.addEventListener("keydown", onKey, true);
  document.addEventListener("click", onClick, true);
  window.__snapshotsEarly = {
    takeWindow() {
      figureDone = true;
      drag = null;
      document.removeEventListener("wheel", onWheel, true);
      document.removeEventListener("pointerdown", onDown, true);
      document.removeEventListener("pointermove", onMove, true);
      document.removeEventListener("pointerup", onUp, true);
      document.removeEventListener("pointercancel", onUp, true);
      document.removeEventListener("keydown", onKey, true);
      restore();
      const out = pending;
      pending = null;
      return out;
    },
    takeClicks() {
      clicksDone = true;
      document.removeEventListener("click", onClick, true);
      for (const control of clicks) control.removeAttribute("aria-busy");
      return clicks.splice(0);
    },
  };
}

/** The inline script's source (components/figure/EarlyInput.tsx writes it into the page). */
// The zoom step is the figure's own (behaviours/types.ts), handed in as the script's one argument.
export const earlyInputSource = `(${early.toString()})(${JSON.stringify(ZOOM_STEP)})`;
