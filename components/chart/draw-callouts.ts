import type { Selection } from "d3-selection";
import type { ChartGeometry } from "@/lib/chart/geometry";
import type { Point } from "@/lib/chart/link-path";
import { placeCallouts, type PlacedCallout } from "@/lib/layout/callout-layout";
import { truncateToWidth } from "@/lib/layout/text-width";
import type { ChartAnnotation } from "./types";

type G = Selection<SVGGElement, unknown, null, undefined>;

interface DrawnCallout extends PlacedCallout {
  note: ChartAnnotation;
  anchor: Point;
  text: string;
}

/**
 * Expert callouts in the band above the lanes, anchored in data space (the anchored event's time and
 * lane, or the range start) and joined to it by a leader line.
 */
export function drawCallouts(root: G, notes: readonly ChartAnnotation[], g: ChartGeometry, anchorOf: (note: ChartAnnotation) => Point | null, isActive: (note: ChartAnnotation) => boolean) {
  const width = g.compact ? 150 : 196;
  const anchors = new Map<string, Point>();
  for (const note of notes) {
    const at = anchorOf(note);
    if (at) anchors.set(note.id, at);
  }
  const byId = new Map(notes.map((n) => [n.id, n]));
  // Active callouts claim their places first so a highlighted one is never crowded out; then left to right.
  const order = [...anchors].sort(([a, p], [b, q]) => Number(isActive(byId.get(b)!)) - Number(isActive(byId.get(a)!)) || p.x - q.x);
  const placed = placeCallouts(
    order.map(([id, at]) => ({ id, anchorX: at.x, width })),
    { x0: g.x0, x1: g.x1, rows: g.calloutRows },
  );
  const drawn: DrawnCallout[] = placed.map((p) => {
    const note = byId.get(p.id)!;
    return { ...p, note, anchor: anchors.get(p.id)!, text: truncateToWidth(note.excerpt, 11, width - 36) };
  });
  const top = (c: DrawnCallout) => g.calloutTop + c.row * g.calloutRowHeight;
  const h = g.calloutRowHeight - 4;
  root
    .selectAll<SVGGElement, DrawnCallout>("g.callout")
    .data(drawn, (c) => c.id)
    .join((enter) => {
      const callout = enter.append("g").attr("class", "callout");
      callout.append("path").attr("class", "leader");
      callout.append("rect").attr("class", "callout-box");
      callout.append("circle").attr("class", "callout-initials-bg");
      callout.append("text").attr("class", "callout-initials");
      callout.append("text").attr("class", "callout-text");
      callout.append("title");
      return callout;
    })
    .attr("data-annotation-id", (c) => c.id)
    .classed("is-active", (c) => isActive(c.note))
    .call((c) =>
      c.select(".leader").attr("d", (d) => {
        const x = Math.min(Math.max(d.anchor.x, d.x0 + 8), d.x0 + d.width - 8);
        return `M${x},${top(d) + h}L${x},${top(d) + h + 4 + (g.calloutRows - d.row - 1) * g.calloutRowHeight}L${d.anchor.x},${d.anchor.y}`;
      }),
    )
    .call((c) => c.select(".callout-box").attr("x", (d) => d.x0).attr("y", top).attr("width", (d) => d.width).attr("height", h).attr("rx", h / 2))
    .call((c) => c.select(".callout-initials-bg").attr("cx", (d) => d.x0 + h / 2).attr("cy", (d) => top(d) + h / 2).attr("r", h / 2 - 2))
    .call((c) => c.select(".callout-initials").attr("x", (d) => d.x0 + h / 2).attr("y", (d) => top(d) + h / 2).text((d) => d.note.initials))
    .call((c) => c.select(".callout-text").attr("x", (d) => d.x0 + h + 4).attr("y", (d) => top(d) + h / 2).text((d) => d.text))
    .call((c) => c.select("title").text((d) => `${d.note.expertName}: “${d.note.excerpt}”`));
}
