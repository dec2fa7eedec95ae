import { select } from "d3-selection";
import type { TimeDomain } from "@/lib/time/scale";
import { clampDomain, DAY, panDomainTo, sameDomain, zoomDomain } from "@/lib/layout/domain-transform";
import type { TimelineItem } from "@/lib/data/items";
import { createLaneIndex, type LaneIndex } from "@/lib/layout/lane-index";
import { buildSkeleton, updateSpanGradients } from "./chart-skeleton";
import { createFrame, getNavigationOrder, getShownItems, type Frame } from "./chart-state";
import { attachBehaviours, type Behaviours } from "./chart-behaviours";
import { handleChartKey } from "./chart-keys";
import { drawFrame, drawHighlights, drawOverviewStrip } from "./draw-frame";
import type { DomainPhase, TimelineChartProps } from "./types";

export interface ChartElements {
  root: HTMLElement;
  plot: HTMLElement;
  detail: SVGSVGElement;
  overview: SVGSVGElement;
  live: HTMLElement;
}

/** The imperative side of the chart: d3 owns the SVGs; React hands in props and size. */
export function createChartController(el: ChartElements, initial: TimelineChartProps, clipId: string) {
  let props = initial;
  let width = el.root.clientWidth || 960;
  let domain: TimeDomain = initial.domain;
  let lastEmitted: TimeDomain | null = null;
  let focusId: string | null = null;
  let shown: TimelineItem[] = [];
  let laneIndex: LaneIndex = createLaneIndex([]);
  let order: TimelineItem[] = [];
  let itemById = new Map<string, TimelineItem>();
  let frame: Frame | null = null;
  let pending = 0;
  let pendingGesture: TimeDomain | null = null;
  let overviewKey = "";
  buildSkeleton(el.detail, el.overview, clipId);

  function derive() {
    shown = getShownItems(props);
    laneIndex = createLaneIndex(shown);
    order = getNavigationOrder(props, shown);
    itemById = new Map(props.items.map((item) => [item.id, item]));
    updateSpanGradients(el.detail, props.lanes);
  }

  function activeIds(): Set<string> {
    const ids = new Set<string>();
    const hover = props.hover.get();
    if (hover) ids.add(hover);
    if (props.selectedId) ids.add(props.selectedId);
    return ids;
  }

  function highlight() {
    if (frame) drawHighlights(el, frame, props, activeIds(), focusId);
  }

  function draw() {
    pending = 0;
    const started = performance.now();
    frame = createFrame(props, laneIndex, itemById, domain, width, window.innerHeight);
    drawFrame(el, frame, props, itemById);
    const key = `${width}|${frame.g.overviewHeight}`;
    if (key !== overviewKey) {
      overviewKey = key;
      drawOverviewStrip(el, frame, props, shown);
    }
    behaviours.sync(frame, domain);
    highlight();
    const drawn = frame.layout.marks.length + frame.layout.clusters.length + frame.serverClusters.length;
    el.root.setAttribute("data-drawn", String(drawn));
    // Entries are cleared as they go (observers still see them), so a long session does not pile them up.
    performance.clearMarks("snapshots:chart-drawn");
    performance.mark("snapshots:chart-drawn");
    performance.clearMeasures("snapshots:draw");
    performance.measure("snapshots:draw", { start: started });
    if (pendingGesture) {
      props.onDomainChange(pendingGesture, "gesture");
      pendingGesture = null;
    }
  }

  function scheduleDraw() {
    if (!pending) pending = requestAnimationFrame(draw);
  }

  function emit(next: TimeDomain, phase: DomainPhase) {
    lastEmitted = next;
    if (phase === "gesture") {
      pendingGesture = next;
      scheduleDraw();
      return;
    }
    pendingGesture = null;
    props.onDomainChange(next, "end");
  }

  /** A domain chosen by a person (gesture, button, key, badge): draw it and report it. */
  function setDomain(next: TimeDomain, phase: DomainPhase | null) {
    domain = clampDomain(next, frame?.bounds ?? props.extent);
    scheduleDraw();
    if (phase) emit(domain, phase);
  }

  const behaviours: Behaviours = attachBehaviours(el, {
    getDomain: () => domain,
    setDomain,
    getFrame: () => frame,
    getProps: () => props,
    onKey: handleKey,
    onFocusChange: () => highlight(),
  });

  function setFocus(id: string | null) {
    focusId = id;
    const item = id ? itemById.get(id) : undefined;
    if (item && frame) {
      const moved = panDomainTo(domain, (item.start + item.end) / 2, frame.bounds);
      if (!sameDomain(moved, domain)) setDomain(moved, "end");
      const lane = props.lanes.find((l) => l.id === item.lane)?.label ?? item.lane;
      el.live.textContent = `${item.title}, ${item.dateLabel}, ${lane}`;
    }
    props.hover.set(id);
    highlight();
  }

  function zoomBy(factor: number, centre?: number) {
    setDomain(zoomDomain(domain, factor, frame?.bounds ?? props.extent, centre), "end");
  }

  function handleKey(event: KeyboardEvent): boolean {
    const state = { order, laneIds: props.lanes.map((l) => l.id), focusId, domain };
    return handleChartKey(event.key, state, { focus: setFocus, select: (id) => props.onSelect(id), zoom: zoomBy });
  }

  derive();
  draw();
  const unsubscribe = props.hover.subscribe(() => highlight());

  return {
    update(next: TimelineChartProps) {
      const dataChanged = next.items !== props.items || next.lanes !== props.lanes || next.hideAfterAsOf !== props.hideAfterAsOf || next.asOf !== props.asOf;
      props = next;
      if (dataChanged) {
        derive();
        overviewKey = "";
      }
      // Ignore the domain we emitted coming back through the URL (rounded to whole days): no feedback loop, no jump.
      if (!sameDomain(next.domain, domain) && !(lastEmitted && sameDomain(next.domain, lastEmitted, DAY))) domain = clampDomain(next.domain, padBounds());
      // Drawn at the next frame, with any gesture frame already due: a window arriving mid-gesture costs one draw, not two.
      scheduleDraw();
    },
    resize(nextWidth: number) {
      if (Math.abs(nextWidth - width) < 1) return;
      width = nextWidth;
      draw();
    },
    zoomIn: () => zoomBy(1.6),
    zoomOut: () => zoomBy(1 / 1.6),
    fitAll: () => setDomain(frame?.bounds ?? props.extent, "end"),
    destroy() {
      unsubscribe();
      behaviours.destroy();
      if (pending) cancelAnimationFrame(pending);
      select(el.detail).selectAll("*").remove();
      select(el.overview).selectAll("*").remove();
    },
  };

  function padBounds() {
    return frame?.bounds ?? props.extent;
  }
}

export type ChartController = ReturnType<typeof createChartController>;
