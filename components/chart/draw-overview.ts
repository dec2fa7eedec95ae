import type { ScaleTime } from "d3-scale";
import type { Selection } from "d3-selection";
import type { ChartGeometry } from "@/lib/chart/geometry";
import { binDensity } from "@/lib/layout/density";
import { createAxisTicks } from "@/lib/time/ticks";
import type { TimelineItem } from "@/lib/data/items";
import { rebinDensity } from "@/lib/window/rebin";
import type { DensityBins } from "@/lib/window/types";

type G = Selection<SVGGElement, unknown, null, undefined>;

export const OVERVIEW_AXIS = 14;
const BIN = 3;

/** The whole extent in a slim strip: per-lane density, year labels, and markers for the active events. */
export function drawOverview(root: G, items: readonly TimelineItem[], density: DensityBins | undefined, laneIds: readonly string[], x: ScaleTime<number, number>, g: ChartGeometry, colourOf: (lane: string) => string) {
  const rowHeight = (g.overviewHeight - OVERVIEW_AXIS - 4) / Math.max(laneIds.length, 1);
  const laneIndex = new Map(laneIds.map((id, i) => [id, i]));
  const bins = (density ? rebinDensity(density, x, BIN) : binDensity(items, x, BIN)).filter((b) => laneIndex.has(b.lane));
  const max = Math.max(1, ...bins.map((b) => b.count));
  root
    .select<SVGGElement>("g.ov-density")
    .selectAll("rect")
    .data(bins)
    .join("rect")
    .attr("x", (b) => b.x)
    .attr("width", BIN - 0.5)
    .attr("y", (b) => 2 + laneIndex.get(b.lane)! * rowHeight + 1)
    .attr("height", Math.max(rowHeight - 2, 2))
    .attr("fill", (b) => colourOf(b.lane))
    .attr("fill-opacity", (b) => 0.35 + 0.65 * Math.sqrt(b.count / max));
  const ticks = createAxisTicks(x, 10);
  root
    .select<SVGGElement>("g.ov-axis")
    .selectAll("text")
    .data(ticks, (t) => (t as (typeof ticks)[number]).ms)
    .join("text")
    .attr("x", (t) => x(t.ms))
    .attr("y", g.overviewHeight - 3)
    .attr("text-anchor", "middle")
    .text((t) => t.label);
}

/** Vertical markers in the overview for hovered/selected events. */
export function drawOverviewMarkers(root: G, positions: readonly { id: string; x: number; kind: string }[], g: ChartGeometry) {
  root
    .select<SVGGElement>("g.ov-markers")
    .selectAll<SVGLineElement, (typeof positions)[number]>("line")
    .data(positions, (p) => p.id)
    .join("line")
    .attr("class", (p) => `ov-marker ${p.kind}`)
    .attr("data-id", (p) => p.id)
    .attr("x1", (p) => p.x)
    .attr("x2", (p) => p.x)
    .attr("y1", 0)
    .attr("y2", g.overviewHeight - OVERVIEW_AXIS);
}
