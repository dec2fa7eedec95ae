import type { Selection } from "d3-selection";
import { MARK_RADIUS, type DetailCluster, type DetailMark } from "@/lib/layout/detail-layout";

type G = Selection<SVGGElement, unknown, null, undefined>;

export interface MarkStyle {
  colourOf: (lane: string) => string;
  titleOf: (id: string) => string;
  isAfter: (start: number) => boolean;
  isMatch: (id: string) => boolean;
}

function placeShape(shape: Selection<SVGElement, DetailMark, SVGGElement, unknown>) {
  shape.filter("circle").attr("cx", (m) => (m.x0 + m.x1) / 2).attr("cy", (m) => m.y).attr("r", MARK_RADIUS);
  shape
    .filter("rect")
    .attr("x", (m) => m.x0)
    .attr("width", (m) => Math.max(m.x1 - m.x0, 3))
    .attr("y", (m) => m.y - (m.kind === "bar" ? 4 : 6))
    .attr("height", (m) => (m.kind === "bar" ? 8 : 12))
    .attr("rx", (m) => (m.kind === "bar" ? 2 : 6));
}

function joinShape(mark: Selection<SVGGElement, DetailMark, SVGGElement, unknown>, className: string, when: (m: DetailMark) => boolean) {
  return mark
    .selectAll<SVGElement, DetailMark>(`.${className}`)
    .data((m) => (when(m) ? [m] : []))
    .join((enter) => enter.append((m) => document.createElementNS("http://www.w3.org/2000/svg", m.kind === "point" ? "circle" : "rect")).attr("class", className))
    .call(placeShape);
}

/** Event marks (points, bars, soft spans), their labels, and "after the commentary" hatching. Elements are reused across frames. */
export function drawMarks(root: G, marks: readonly DetailMark[], style: MarkStyle) {
  root
    .selectAll<SVGGElement, DetailMark>("g.mark")
    .data(marks, (m) => m.id)
    .join((enter) => {
      const mark = enter.append("g");
      mark.append("title");
      return mark;
    })
    .attr("class", (m) => `mark kind-${m.kind}${style.isAfter(m.start) ? " after-asof" : ""}${style.isMatch(m.id) ? " is-match" : ""}`)
    .attr("data-id", (m) => m.id)
    .attr("data-kind", (m) => m.kind)
    .attr("data-lane", (m) => m.lane)
    .call((mark) =>
      joinShape(mark, "mark-shape", () => true)
        .attr("fill", (m) => (m.kind === "span" ? `url(#span-${m.lane})` : style.colourOf(m.lane)))
        .attr("stroke", (m) => (m.kind === "span" ? style.colourOf(m.lane) : "#fff")),
    )
    .call((mark) => joinShape(mark, "mark-hatch", (m) => style.isAfter(m.start)))
    .call((mark) =>
      mark
        .selectAll<SVGTextElement, DetailMark>("text.mark-label")
        .data((m) => (m.label === null ? [] : [m]))
        .join((enter) => enter.append("text").attr("class", "mark-label"))
        .attr("x", (m) => (m.labelSide === "right" ? m.x1 + 4 : m.x0 - 4))
        .attr("y", (m) => m.y)
        .attr("dy", "0.35em")
        .attr("text-anchor", (m) => (m.labelSide === "right" ? "start" : "end"))
        .text((m) => m.label!),
    )
    .call((mark) => mark.select("title").text((m) => style.titleOf(m.id)));
}

/** Count badges for events too dense to draw one by one; a click zooms into them. */
export function drawClusters(root: G, clusters: readonly DetailCluster[], colourOf: (lane: string) => string) {
  root
    .selectAll<SVGGElement, DetailCluster>("g.cluster")
    .data(clusters, (c) => `${c.lane}:${c.start}:${c.end}`)
    .join((enter) => {
      const badge = enter.append("g").attr("class", "cluster");
      badge.append("rect").attr("class", "cluster-badge");
      badge.append("text").attr("class", "cluster-count");
      badge.append("title");
      return badge;
    })
    .attr("data-count", (c) => c.count)
    .attr("data-start", (c) => c.start)
    .attr("data-end", (c) => c.end)
    .attr("data-lane", (c) => c.lane)
    .attr("transform", (c) => `translate(${c.x},${c.y})`)
    .call((badge) => {
      const width = (c: DetailCluster) => 14 + String(c.count).length * 7;
      badge
        .select("rect")
        .attr("x", (c) => -width(c) / 2)
        .attr("width", width)
        .attr("y", -10)
        .attr("height", 20)
        .attr("rx", 10)
        .attr("stroke", (c) => colourOf(c.lane));
      badge.select("text").attr("dominant-baseline", "central").attr("text-anchor", "middle").text((c) => c.count);
      badge.select("title").text((c) => `${c.count} events — click to zoom in`);
    });
}
