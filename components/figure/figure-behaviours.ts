import { brushSelection, brushX, type D3BrushEvent } from "d3-brush";
import { scaleUtc } from "d3-scale";
import { pointer, select } from "d3-selection";
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent } from "d3-zoom";
import type { TimelineItem } from "@/lib/data/items";
import type { Scene } from "@/lib/scene/types";
import type { TimeDomain } from "@/lib/time/scale";
import { domainToTransform, followDomain, maxZoom, MIN_SPAN_MS, sameDomain } from "@/lib/view/domain";
import { sortForNavigation, stepAcrossLanes, stepInTime } from "@/lib/view/keyboard-nav";
import type { InteractiveFigureProps, DomainPhase } from "./InteractiveFigure";
import { pickMark } from "./FigureCanvas";

interface Latest {
  props: InteractiveFigureProps;
  scene: Scene;
  domain: TimeDomain;
}

interface Deps {
  get: () => Latest;
  setDomain: (domain: TimeDomain, phase: DomainPhase | null) => void;
  zoomBy: (factor: number, centre?: number) => void;
}

export type FigureBehaviours = ReturnType<typeof attachFigureBehaviours>;

const ZOOM_STEP = 1.6;

/**
 * What a person does to the figure: d3-zoom on the SVG (wheel, drag, pinch), d3-brush on the overview,
 * pointer hover and clicks, and keys. d3 attaches to nodes React renders; it adds listeners and fills
 * only the empty brush group. Events without a sourceEvent come from sync() and are ignored, which
 * breaks the zoom ⇄ brush loop.
 */
export function attachFigureBehaviours(host: HTMLDivElement, deps: Deps) {
  const svg = host.querySelector<SVGSVGElement>("svg.figure")!;
  const live = host.querySelector<HTMLElement>("[data-testid=chart-live]");
  let moved = false;
  let brushing = false;
  let focusId: string | null = null;
  let brushed: { layer: SVGGElement | null; extent: string } = { layer: null, extent: "" };

  /** The zoom's reference: the whole bounds across the plot. The window is transform.rescaleX(base). */
  const base = () => {
    const { scene, props } = deps.get();
    return scaleUtc().domain(props.bounds).range([scene.plot.x0, scene.plot.x1]);
  };

  const zoomer = zoom<SVGSVGElement, unknown>()
    .clickDistance(4)
    .filter((event: Event) => {
      // The overview strip belongs to the brush; callouts and badges take clicks.
      const target = event.target as Element | null;
      if (target?.closest?.(".overview")) return false;
      return (!(event as MouseEvent).ctrlKey || event.type === "wheel") && !(event as MouseEvent).button;
    })
    .on("zoom", (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      if (!event.sourceEvent) return;
      moved = true;
      const [from, to] = event.transform.rescaleX(base()).domain();
      deps.setDomain([+from!, +to!], "gesture");
    })
    .on("end", (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      if (!event.sourceEvent || !moved) return;
      moved = false;
      const [from, to] = event.transform.rescaleX(base()).domain();
      deps.setDomain([+from!, +to!], "end");
    });
  select(svg).call(zoomer).on("dblclick.zoom", null);

  const brusher = brushX<unknown>()
    .handleSize(14)
    .on("start brush end", (event: D3BrushEvent<unknown>) => {
      if (!event.sourceEvent) return;
      const { scene } = deps.get();
      const ov = scene.overview;
      if (!ov) return;
      brushing = event.type !== "end";
      const x = scaleUtc().domain(ov.bounds).range([ov.x0, ov.x1]);
      const selection = event.selection as [number, number] | null;
      if (selection) {
        deps.setDomain([+x.invert(selection[0]), +x.invert(selection[1])], event.type === "end" ? "end" : "gesture");
      } else if (event.type === "end") {
        // A click on the strip outside the window centres the window there.
        const centre = +x.invert(pointer(event.sourceEvent, svg)[0]);
        const [from, to] = deps.get().domain;
        deps.setDomain([centre - (to - from) / 2, centre + (to - from) / 2], "end");
      }
    });

  function sync() {
    const { scene, props, domain } = deps.get();
    const { plot } = scene;
    zoomer
      .extent([
        [plot.x0, 0],
        [plot.x1, scene.height],
      ])
      .scaleExtent([1, maxZoom(props.bounds)])
      .translateExtent([
        [plot.x0, -Infinity],
        [plot.x1, Infinity],
      ]);
    const t = domainToTransform(domain, props.bounds, [plot.x0, plot.x1]);
    const current = zoomTransform(svg);
    if (Math.abs(current.k - t.k) > 1e-9 * t.k || Math.abs(current.x - t.x) > 0.01) select(svg).call(zoomer.transform, zoomIdentity.translate(t.x, 0).scale(t.k));
    const ov = scene.overview;
    const layer = svg.querySelector<SVGGElement>("g.brush");
    if (ov && layer) {
      const g = select(layer);
      // Setting the brush up rewrites its nodes and listeners: only for a new layer or a new extent, not every frame.
      const extent = `${ov.x0},${ov.y0 + 1},${ov.x1},${ov.axisY - 9}`;
      if (brushed.layer !== layer || brushed.extent !== extent) {
        brusher.extent([
          [ov.x0, ov.y0 + 1],
          [ov.x1, ov.axisY - 9],
        ]);
        g.call(brusher);
        brushed = { layer, extent };
      }
      svg.classList.add("has-brush");
      if (!brushing) {
        const want: [number, number] = [ov.window.x0, ov.window.x1];
        const now = brushSelection(layer) as [number, number] | null;
        if (!now || Math.abs(now[0] - want[0]) > 0.5 || Math.abs(now[1] - want[1]) > 0.5) g.call(brusher.move, want);
      }
    }
  }

  const eventAt = (event: Event): string | null => {
    // A label stands for its mark: hovering or clicking either is the same.
    const mark = (event.target as Element | null)?.closest?.("[data-event], .mark-label[data-label-for]");
    if (mark) return mark.getAttribute("data-event") ?? mark.getAttribute("data-label-for");
    if (!host.dataset.canvas) return null;
    const [px, py] = pointer(event, svg);
    const scale = svg.viewBox.baseVal.width / svg.getBoundingClientRect().width || 1;
    return pickMark(deps.get().scene, px * scale, py * scale);
  };

  const onMove = (event: PointerEvent) => {
    const { props } = deps.get();
    const id = eventAt(event);
    const note = (event.target as Element | null)?.closest?.(".callout[data-note]");
    props.hover.set(id ?? (note ? `note:${note.getAttribute("data-note")}` : null));
  };
  const onLeave = () => deps.get().props.hover.set(null);
  const onClick = (event: MouseEvent) => {
    const { props } = deps.get();
    const target = event.target as Element | null;
    const note = target?.closest?.(".callout[data-note]");
    const cluster = target?.closest?.(".cluster");
    const id = eventAt(event);
    if (note) props.onSelectNote(note.getAttribute("data-note")!);
    else if (id) props.onSelect(id);
    else if (cluster) {
      const [start, end] = [Number(cluster.getAttribute("data-start")), Number(cluster.getAttribute("data-end"))];
      const pad = Math.max((end - start) * 0.15, MIN_SPAN_MS);
      deps.setDomain([start - pad, end + pad], "end");
    }
  };

  function navigationOrder(): TimelineItem[] {
    const { props } = deps.get();
    return sortForNavigation([...props.items], props.lanes.map((lane) => lane.id));
  }

  function setFocus(id: string | null) {
    focusId = id;
    const { props, domain } = deps.get();
    const item = id ? props.items.find((i) => i.id === id) : undefined;
    if (item) {
      const moved = followDomain(domain, (item.start + item.end) / 2, props.bounds);
      if (!sameDomain(moved, domain)) deps.setDomain(moved, "end");
      const lane = props.lanes.find((l) => l.id === item.lane)?.label ?? item.lane;
      if (live) live.textContent = `${item.title}, ${item.dateLabel}, ${lane}`;
    }
    props.hover.set(id);
  }

  const onKey = (event: KeyboardEvent) => {
    if (event.target !== host || event.altKey || event.ctrlKey || event.metaKey) return;
    const { props, domain } = deps.get();
    const order = navigationOrder();
    const laneIds = props.lanes.map((l) => l.id);
    const focused = focusId ? order.find((item) => item.id === focusId) : undefined;
    const centre = focused ? (focused.start + focused.end) / 2 : undefined;
    const near = (domain[0] + domain[1]) / 2;
    const actions: Record<string, () => void> = {
      ArrowRight: () => setFocus(stepInTime(order, focusId, 1, domain)?.id ?? focusId),
      ArrowLeft: () => setFocus(stepInTime(order, focusId, -1, domain)?.id ?? focusId),
      ArrowDown: () => setFocus(stepAcrossLanes(order, laneIds, focusId, 1, near)?.id ?? focusId),
      ArrowUp: () => setFocus(stepAcrossLanes(order, laneIds, focusId, -1, near)?.id ?? focusId),
      Enter: () => focusId && props.onSelect(focusId),
      "+": () => deps.zoomBy(ZOOM_STEP, centre),
      "=": () => deps.zoomBy(ZOOM_STEP, centre),
      "-": () => deps.zoomBy(1 / ZOOM_STEP, centre),
      _: () => deps.zoomBy(1 / ZOOM_STEP, centre),
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };
  const onBlur = () => {
    if (focusId) deps.get().props.hover.set(null);
  };

  const listeners: [EventTarget, string, EventListener][] = [
    [svg, "pointermove", onMove as EventListener],
    [svg, "pointerleave", onLeave],
    [svg, "click", onClick as EventListener],
    [host, "keydown", onKey as EventListener],
    [host, "blur", onBlur],
  ];
  for (const [target, type, listener] of listeners) target.addEventListener(type, listener);
  sync();

  return {
    sync,
    destroy() {
      select(svg).on(".zoom", null);
      const layer = svg.querySelector<SVGGElement>("g.brush");
      if (layer) select(layer).on(".brush", null);
      for (const [target, type, listener] of listeners) target.removeEventListener(type, listener);
    },
  };
}
