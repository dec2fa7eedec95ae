import type { Selection } from "d3-selection";
import type { ChartGeometry } from "@/lib/chart/geometry";
import type { DetailLane } from "@/lib/layout/detail-layout";
import type { ChartLane } from "./types";

type G = Selection<SVGGElement, unknown, null, undefined>;

/** Lane bands and their labels (in the gutter, or inside the band on phones). */
export function drawLanes(root: G, lanes: readonly DetailLane[], info: Map<string, ChartLane>, g: ChartGeometry) {
  root
    .selectAll<SVGGElement, DetailLane>("g.lane")
    .data(lanes, (l) => l.id)
    .join((enter) => {
      const lane = enter.append("g").attr("class", "lane");
      lane.append("rect").attr("class", "lane-band");
      lane.append("rect").attr("class", "lane-swatch");
      lane.append("text").attr("class", "lane-label");
      return lane;
    })
    .attr("data-lane", (l) => l.id)
    .call((lane) =>
      lane
        .select(".lane-band")
        .attr("x", 0)
        .attr("width", g.width)
        .attr("y", (l) => l.y0)
        .attr("height", (l) => l.height)
        .attr("fill", (_, i) => (i % 2 ? "#f4f6f8" : "#ffffff")),
    )
    .call((lane) =>
      lane
        .select(".lane-swatch")
        .attr("x", 0)
        .attr("width", 4)
        .attr("y", (l) => l.y0 + 1)
        .attr("height", (l) => l.height - 2)
        .attr("fill", (l) => info.get(l.id)?.colour ?? "#666"),
    )
    .call((lane) =>
      lane
        .select(".lane-label")
        .attr("x", 12)
        .attr("y", (l) => (g.compact ? l.y0 + 11 : l.y0 + l.height / 2))
        .attr("dominant-baseline", "middle")
        .attr("class", g.compact ? "lane-label compact" : "lane-label")
        .text((l) => info.get(l.id)?.label ?? l.id),
    );
}
