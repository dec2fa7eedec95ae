import { select } from "d3-selection";
import type { TimelineItem } from "@/lib/data/items";
import { drawAxis } from "./draw-axis";
import { drawCallouts } from "./draw-callouts";
import { drawLanes } from "./draw-lanes";
import { drawLinks } from "./draw-links";
import { drawClusters, drawMarks } from "./draw-marks";
import { drawOverview, drawOverviewMarkers, OVERVIEW_AXIS } from "./draw-overview";
import type { ChartElements } from "./chart-controller";
import type { Frame } from "./chart-state";
import type { ChartAnnotation, TimelineChartProps } from "./types";

/** One full draw of the detail and overview from a frame. */
export function drawFrame(el: ChartElements, frame: Frame, props: TimelineChartProps, itemById: Map<string, TimelineItem>) {
  const { g, x, layout } = frame;
  const lanes = new Map(props.lanes.map((l) => [l.id, l]));
  const colourOf = (lane: string) => lanes.get(lane)?.colour ?? "#6b7280";
  const detail = select(el.detail).attr("width", g.width).attr("height", g.detailHeight).attr("viewBox", `0 0 ${g.width} ${g.detailHeight}`);
  detail.select(".clip-rect").attr("x", g.x0 - 8).attr("y", 0).attr("width", g.x1 - g.x0 + 16).attr("height", g.detailHeight);
  detail.select(".zoom-surface").attr("x", 0).attr("y", 0).attr("width", g.width).attr("height", g.detailHeight);
  drawLanes(detail.select<SVGGElement>("g.lanes"), layout.lanes, lanes, g);
  drawAxis(detail.select<SVGGElement>("g.axis"), x, g);
  const asOfX = x(props.asOf.ms);
  detail
    .select(".after-region")
    .attr("x", asOfX)
    .attr("y", g.lanesTop)
    .attr("width", Math.max(0, g.x1 + 8 - asOfX))
    .attr("height", g.detailHeight - g.lanesTop);
  const titleOf = (id: string) => {
    const item = itemById.get(id);
    return item ? `${item.title} — ${item.dateLabel}${item.start > props.asOf.ms ? " (after the commentary)" : ""}` : id;
  };
  drawMarks(detail.select<SVGGElement>("g.marks"), layout.marks, {
    colourOf,
    titleOf,
    isAfter: (start) => start > props.asOf.ms,
    isMatch: (id) => props.matchIds?.has(id) ?? false,
  });
  drawClusters(detail.select<SVGGElement>("g.clusters"), [...layout.clusters, ...frame.serverClusters], colourOf);
  const inView = asOfX >= g.x0 && asOfX <= g.x1;
  const asof = detail.select<SVGGElement>("g.asof").attr("display", inView ? "inline" : "none");
  asof
    .selectAll("line")
    .data([0])
    .join("line")
    .attr("x1", asOfX)
    .attr("x2", asOfX)
    .attr("y1", g.lanesTop - 4)
    .attr("y2", g.detailHeight);
  const labelLeft = asOfX - g.x0 > 200;
  asof
    .selectAll("text")
    .data([props.asOf.label])
    .join("text")
    .attr("x", labelLeft ? asOfX - 5 : asOfX + 5)
    .attr("y", g.detailHeight - 4)
    .attr("text-anchor", labelLeft ? "end" : "start")
    .text((d) => d);
  select(el.overview).attr("width", g.width).attr("height", g.overviewHeight).attr("viewBox", `0 0 ${g.width} ${g.overviewHeight}`);
}

/** The overview strip's density and snapshot line: redrawn only when the data or the width change. */
export function drawOverviewStrip(el: ChartElements, frame: Frame, props: TimelineChartProps, shown: readonly TimelineItem[]) {
  const { g } = frame;
  const lanes = new Map(props.lanes.map((l) => [l.id, l]));
  const overview = select(el.overview);
  drawOverview(overview as never, shown, props.density, props.lanes.map((l) => l.id), frame.overviewX, g, (lane) => lanes.get(lane)?.colour ?? "#6b7280");
  const ovAsOf = frame.overviewX(props.asOf.ms);
  overview
    .select("g.ov-asof")
    .selectAll("line")
    .data([0])
    .join("line")
    .attr("x1", ovAsOf)
    .attr("x2", ovAsOf)
    .attr("y1", 0)
    .attr("y2", g.overviewHeight - OVERVIEW_AXIS);
}

function isActiveNote(note: ChartAnnotation, active: ReadonlySet<string>, selectedAnnotationId: string | null) {
  return note.id === selectedAnnotationId || note.eventIds.some((id) => active.has(id));
}

/** Hover, selection and focus: cheap enough to redo on every hover without a relayout. */
export function drawHighlights(el: ChartElements, frame: Frame, props: TimelineChartProps, active: ReadonlySet<string>, focusId: string | null) {
  const detail = select(el.detail);
  const hover = props.hover.get();
  const selectedNote = props.annotations.find((n) => n.id === props.selectedAnnotationId);
  const anchors = new Set(selectedNote?.eventIds ?? []);
  const related = new Set<string>();
  for (const link of props.links) {
    if (active.has(link.from)) related.add(link.to);
    if (active.has(link.to)) related.add(link.from);
  }
  const dim = active.size > 0 || anchors.size > 0;
  // With nothing highlighted now or at the last call, every mark is already plain: skip the pass over them all.
  const marksElement = el.detail as SVGSVGElement & { __highlighted?: boolean };
  if (dim || marksElement.__highlighted !== false)
    detail
      .selectAll<SVGGElement, { id: string }>("g.mark")
      .classed("is-hovered", (m) => m.id === hover)
      .classed("is-selected", (m) => m.id === props.selectedId)
      .classed("is-anchor", (m) => anchors.has(m.id))
      .classed("is-related", (m) => related.has(m.id))
      .classed("is-dimmed", (m) => dim && !active.has(m.id) && !related.has(m.id) && !anchors.has(m.id));
  marksElement.__highlighted = dim;
  drawLinks(detail.select<SVGGElement>("g.links"), props.links, active, frame.positionOf);
  const anchorOf = (note: ChartAnnotation) => {
    for (const id of note.eventIds) {
      const at = frame.positionOf(id);
      if (at && at.x >= frame.g.x0 && at.x <= frame.g.x1) return at;
    }
    const [from, to] = frame.x.domain().map(Number) as [number, number];
    if (note.range && note.range[0] >= from && note.range[0] < to) return { x: frame.x(note.range[0]), y: frame.g.lanesTop };
    return null;
  };
  drawCallouts(detail.select<SVGGElement>("g.callouts"), props.annotations, frame.g, anchorOf, (note) => isActiveNote(note, active, props.selectedAnnotationId));
  const focus = focusId && document.activeElement === el.plot ? frame.positionOf(focusId) : null;
  detail
    .select("g.focus-ring")
    .selectAll("circle")
    .data(focus ? [focus] : [])
    .join("circle")
    .attr("cx", (p) => p.x)
    .attr("cy", (p) => p.y)
    .attr("r", 11);
  const markers = [...new Set([...active, ...anchors])].flatMap((id) => {
    const item = props.items.find((i) => i.id === id);
    return item ? [{ id, x: frame.overviewX((item.start + item.end) / 2), kind: id === props.selectedId ? "selected" : anchors.has(id) ? "anchor" : "hovered" }] : [];
  });
  drawOverviewMarkers(select(el.overview) as never, markers, frame.g);
}
