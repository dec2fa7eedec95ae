import type { Selection } from "d3-selection";
import { MARK_RADIUS, type DetailCluster, type DetailMark } from "@/lib/layout/detail-layout";

type G = Selection<SVGGElement, unknown, null, undefined>;

export interface MarkStyle {
  colourOf: (lane: string) => string;
  titleOf: (id: string) => string;
  isAfter: (start: number) => boolean;
  isMatch: (id: string) => boolean;
}

function shape(mark: Selection<SVGGElement, DetailMark, SVGGElement, unknown>, className: string) {
  mark.selectAll(`.${className}`).remove();
  mark
    .filter((m) => m.kind === "point")
    .append("circle")
    .attr("class", className)
    .attr("cx", (m) => (m.x0 + m.x1) / 2)
    .attr("cy", (m) => m.y)
    .attr("r", MARK_RADIUS);
  mark
    .filter((m) => m.kind !== "point")
    .append("rect")
    .attr("class", className)
    .attr("x", (m) => m.x0)
    .attr("width", (m) => Math.max(m.x1 - m.x0, 3))
    .attr("y", (m) => m.y - (m.kind === "bar" ? 4 : 6))
    .attr("height", (m) => (m.kind === "bar" ? 8 : 12))
    .attr("rx", (m) => (m.kind === "bar" ? 2 : 6));
}

/** Event marks (points, bars, soft spans), their labels, and "after the commentary" hatching. */
export function drawMarks(root: G, marks: readonly DetailMark[], style: MarkStyle) {
  root
    .selectAll<SVGGElement, DetailMark>("g.mark")
    .data(marks, (m) => m.id)
    .join("g")
    .attr("class", (m) => `mark kind-${m.kind}${style.isAfter(m.start) ? " after-asof" : ""}${style.isMatch(m.id) ? " is-match" : ""}`)
    .attr("data-id", (m) => m.id)
    .attr("data-kind", (m) => m.kind)
    .attr("data-lane", (m) => m.lane)
    .call((mark) => shape(mark, "mark-shape"))
    .call((mark) =>
      mark
        .selectAll<SVGElement, DetailMark>(".mark-shape")
        .attr("fill", (m) => (m.kind === "span" ? `url(#span-${m.lane})` : style.colourOf(m.lane)))
        .attr("stroke", (m) => (m.kind === "span" ? style.colourOf(m.lane) : "#fff")),
    )
    .call((mark) => shape(mark.filter((m) => style.isAfter(m.start)), "mark-hatch"))
    .call((mark) => {
      mark.selectAll("text").remove();
      mark
        .filter((m) => m.label !== null)
        .append("text")
        .attr("class", "mark-label")
        .attr("x", (m) => (m.labelSide === "right" ? m.x1 + 4 : m.x0 - 4))
        .attr("y", (m) => m.y)
        .attr("text-anchor", (m) => (m.labelSide === "right" ? "start" : "end"))
        .text((m) => m.label!);
      mark.selectAll("title").remove();
      mark.append("title").text((m) => style.titleOf(m.id));
    });
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
