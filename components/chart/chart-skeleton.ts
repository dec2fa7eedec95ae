import { select } from "d3-selection";
import type { ChartLane } from "./types";

/** The fixed layers of the detail and overview SVGs, created once; d3 owns everything inside. */
export function buildSkeleton(detail: SVGSVGElement, overview: SVGSVGElement, clipId: string) {
  const d = select(detail);
  const defs = d.append("defs");
  defs.append("clipPath").attr("id", clipId).append("rect").attr("class", "clip-rect");
  const hatch = defs.append("pattern").attr("id", "after-hatch").attr("patternUnits", "userSpaceOnUse").attr("width", 5).attr("height", 5).attr("patternTransform", "rotate(45)");
  hatch.append("rect").attr("width", 2).attr("height", 5).attr("fill", "#ffffff").attr("fill-opacity", 0.75);
  defs
    .append("marker")
    .attr("id", "link-arrow")
    .attr("viewBox", "0 0 10 10")
    .attr("refX", 9)
    .attr("refY", 5)
    .attr("markerWidth", 7)
    .attr("markerHeight", 7)
    .attr("orient", "auto-start-reverse")
    .append("path")
    .attr("d", "M0,0L10,5L0,10z")
    .attr("class", "link-arrow");
  d.append("rect").attr("class", "zoom-surface");
  d.append("g").attr("class", "lanes");
  d.append("g").attr("class", "axis");
  const plot = d.append("g").attr("class", "plot").attr("clip-path", `url(#${clipId})`);
  plot.append("rect").attr("class", "after-region");
  plot.append("g").attr("class", "marks");
  plot.append("g").attr("class", "clusters");
  plot.append("g").attr("class", "links");
  plot.append("g").attr("class", "focus-ring");
  d.append("g").attr("class", "asof");
  d.append("g").attr("class", "callouts");
  const o = select(overview);
  o.append("g").attr("class", "ov-density");
  o.append("g").attr("class", "ov-axis");
  o.append("g").attr("class", "ov-asof");
  o.append("g").attr("class", "ov-markers");
  o.append("g").attr("class", "brush");
}

/** Soft-edged fills for month/year-precise spans, one gradient per lane colour. */
export function updateSpanGradients(detail: SVGSVGElement, lanes: readonly ChartLane[]) {
  select(detail)
    .select("defs")
    .selectAll<SVGLinearGradientElement, ChartLane>("linearGradient")
    .data(lanes, (l) => l.id)
    .join((enter) => {
      const gradient = enter.append("linearGradient");
      [0, 0.2, 0.8, 1].forEach((offset) => gradient.append("stop").attr("offset", offset));
      return gradient;
    })
    .attr("id", (l) => `span-${l.id}`)
    .call((gradient) =>
      gradient
        .selectAll("stop")
        .attr("stop-color", function () {
          return (select((this as Element).parentNode as Element).datum() as ChartLane).colour;
        })
        .attr("stop-opacity", (_, i) => (i === 0 || i === 3 ? 0.05 : 0.45)),
    );
}
