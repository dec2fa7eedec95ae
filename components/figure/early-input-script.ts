import "server-only";
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
  /** Shows the pending window by stretching the plot's layers from the drawn window to it. */
  const show = (g: Geometry) => {
    const [f0, t0] = base!;
    const [f, t] = pending!;
    const a = (t0 - f0) / (t - f);
    const b = g.x0 + ((f0 - f) / (t - f)) * (g.x1 - g.x0) - a * g.x0;
    for (const layer of g.svg.querySelectorAll("g.plot > g")) layer.setAttribute("transform", `translate(${b} 0) scale(${a} 1)`);
    g.host.setAttribute("aria-busy", "true");
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
      for (const layer of document.querySelectorAll(".figure-host g.plot > g[transform]")) layer.removeAttribute("transform");
      document.querySelector(".figure-host[aria-busy]")?.removeAttribute("aria-busy");
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
