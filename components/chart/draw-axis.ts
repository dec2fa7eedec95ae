import type { ScaleTime } from "d3-scale";
import type { Selection } from "d3-selection";
import { createAxisTicks, createContextTicks } from "@/lib/time/ticks";
import type { ChartGeometry } from "@/lib/chart/geometry";

type G = Selection<SVGGElement, unknown, null, undefined>;

/** Semantic axis on top of the detail view: tick labels, grid lines through the lanes, and a context row. */
export function drawAxis(root: G, x: ScaleTime<number, number>, g: ChartGeometry) {
  const ticks = createAxisTicks(x, g.compact ? 4 : 12).filter((t) => x(t.ms) >= g.x0 && x(t.ms) <= g.x1);
  const unit = ticks[0]?.unit ?? "year";
  root
    .selectAll<SVGGElement, (typeof ticks)[number]>("g.tick")
    .data(ticks, (t) => t.ms)
    .join((enter) => {
      const tick = enter.append("g").attr("class", "tick");
      tick.append("line").attr("class", "grid");
      tick.append("text").attr("class", "tick-label");
      return tick;
    })
    .attr("transform", (t) => `translate(${x(t.ms)},0)`)
    .call((tick) => tick.select("line").attr("y1", g.axisTop - 6).attr("y2", g.detailHeight))
    .call((tick) =>
      tick
        .select("text")
        .attr("y", g.axisTop - 10)
        .attr("text-anchor", unit === "day" || unit === "month" ? "start" : "middle")
        .attr("x", unit === "day" || unit === "month" ? 3 : 0)
        .text((t) => t.label.replace(/ \d{4}$/, "")),
    );
  const context = createContextTicks(x, unit);
  if (context.length > 1 && x(context[1]!.ms) - g.x0 < 90) context.shift();
  root
    .selectAll<SVGTextElement, (typeof context)[number]>("text.context-label")
    .data(context, (t) => t.ms)
    .join("text")
    .attr("class", "context-label")
    .attr("y", 12)
    .attr("x", (t, i) => (i === 0 ? Math.max(x(t.ms), g.x0) : x(t.ms)) + 3)
    .text((t) => t.label);
}
