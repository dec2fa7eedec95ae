import { brushSelection, brushX } from "d3-brush";
import { pointer, select } from "d3-selection";
import { zoom, zoomIdentity, type D3ZoomEvent } from "d3-zoom";
import { domainToTransform, MIN_SPAN, transformToDomain } from "@/lib/layout/domain-transform";
import type { TimeDomain } from "@/lib/time/scale";
import { ensureMarkTitle } from "./draw-marks";
import { OVERVIEW_AXIS } from "./draw-overview";
import type { ChartElements } from "./chart-controller";
import type { Frame } from "./chart-state";
import type { DomainPhase, TimelineChartProps } from "./types";

interface Deps {
  getDomain: () => TimeDomain;
  setDomain: (domain: TimeDomain, phase: DomainPhase | null) => void;
  getFrame: () => Frame | null;
  getProps: () => TimelineChartProps;
  onKey: (event: KeyboardEvent) => boolean;
  onFocusChange: () => void;
}

export type Behaviours = ReturnType<typeof attachBehaviours>;

/**
 * d3-zoom on the detail SVG, d3-brush on the overview, pointer and key handling. Events without a
 * sourceEvent come from our own sync calls and are ignored, which breaks the zoom ⇄ brush loop.
 */
export function attachBehaviours(el: ChartElements, deps: Deps) {
  let syncing = false;
  let moved = false;
  let brushing = false;
  const detail = select(el.detail);
  const brushLayer = select(el.overview).select<SVGGElement>("g.brush");

  const zoomer = zoom<SVGSVGElement, unknown>()
    .clickDistance(4)
    .on("zoom", (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      const frame = deps.getFrame();
      if (syncing || !event.sourceEvent || !frame) return;
      moved = true;
      deps.setDomain(transformToDomain(event.transform, frame.bounds, [frame.g.x0, frame.g.x1]), "gesture");
    })
    .on("end", (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      if (syncing || !event.sourceEvent || !moved) return;
      moved = false;
      deps.setDomain(deps.getDomain(), "end");
    });
  detail.call(zoomer).on("dblclick.zoom", null);

  const brusher = brushX<unknown>().on("start brush end", (event: { type: string; selection: [number, number] | null; sourceEvent: Event | null }) => {
    const frame = deps.getFrame();
    if (syncing || !event.sourceEvent || !frame) return;
    brushing = event.type !== "end";
    const x = frame.overviewX;
    if (event.selection) {
      const [a, b] = event.selection;
      deps.setDomain([+x.invert(a), +x.invert(b)], event.type === "end" ? "end" : "gesture");
    } else if (event.type === "end") {
      // A click on the strip outside the window: centre the window there.
      const centre = +x.invert(pointer(event.sourceEvent, el.overview)[0]);
      const [from, to] = deps.getDomain();
      deps.setDomain([centre - (to - from) / 2, centre + (to - from) / 2], "end");
    }
  });
  brushLayer.call(brusher);

  function sync(frame: Frame, domain: TimeDomain) {
    const { g, bounds } = frame;
    syncing = true;
    zoomer
      .extent([[g.x0, 0], [g.x1, g.detailHeight]])
      .scaleExtent([1, (bounds[1] - bounds[0]) / MIN_SPAN])
      .translateExtent([[g.x0, -Infinity], [g.x1, Infinity]]);
    const t = domainToTransform(domain, bounds, [g.x0, g.x1]);
    const current = (el.detail as SVGSVGElement & { __zoom?: { k: number; x: number } }).__zoom;
    if (!current || Math.abs(current.k - t.k) > 1e-9 * t.k || Math.abs(current.x - t.x) > 0.01) detail.call(zoomer.transform, zoomIdentity.translate(t.x, 0).scale(t.k));
    brusher.extent([[g.x0, 0], [g.x1, g.overviewHeight - OVERVIEW_AXIS]]);
    brushLayer.call(brusher);
    if (!brushing) {
      const want: [number, number] = [frame.overviewX(domain[0]), frame.overviewX(domain[1])];
      const now = brushSelection(brushLayer.node()!) as [number, number] | null;
      if (!now || Math.abs(now[0] - want[0]) > 0.5 || Math.abs(now[1] - want[1]) > 0.5) brushLayer.call(brusher.move, want);
    }
    syncing = false;
  }

  const target = (event: Event, selector: string) => (event.target as Element | null)?.closest?.(selector) ?? null;
  const onOver = (event: PointerEvent) => {
    const mark = target(event, "g.mark");
    if (!mark) return;
    ensureMarkTitle(mark);
    deps.getProps().hover.set(mark.getAttribute("data-id"));
  };
  const onOut = (event: PointerEvent) => {
    const mark = target(event, "g.mark");
    if (mark && !mark.contains(event.relatedTarget as Node | null)) deps.getProps().hover.set(null);
  };
  const onClick = (event: MouseEvent) => {
    const props = deps.getProps();
    const mark = target(event, "g.mark");
    const cluster = target(event, "g.cluster");
    const callout = target(event, "g.callout");
    if (mark) props.onSelect(mark.getAttribute("data-id"));
    else if (callout) props.onSelectAnnotation(callout.getAttribute("data-annotation-id")!);
    else if (cluster) {
      const [start, end] = [Number(cluster.getAttribute("data-start")), Number(cluster.getAttribute("data-end"))];
      const pad = Math.max((end - start) * 0.15, MIN_SPAN / 2);
      deps.setDomain([start - pad, end + pad], "end");
    }
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.target !== el.plot || event.altKey || event.ctrlKey || event.metaKey) return;
    if (deps.onKey(event)) event.preventDefault();
  };
  const listeners: [EventTarget, string, EventListener][] = [
    [el.detail, "pointerover", onOver as EventListener],
    [el.detail, "pointerout", onOut as EventListener],
    [el.detail, "click", onClick as EventListener],
    [el.plot, "keydown", onKey as EventListener],
    [el.plot, "focus", deps.onFocusChange],
    [el.plot, "blur", deps.onFocusChange],
  ];
  for (const [target, type, listener] of listeners) target.addEventListener(type, listener);

  return {
    sync,
    destroy() {
      detail.on(".zoom", null);
      brushLayer.on(".brush", null);
      for (const [target, type, listener] of listeners) target.removeEventListener(type, listener);
    },
  };
}
