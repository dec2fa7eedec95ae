import type { Selection } from "d3-selection";
import { linkPath, type Point } from "@/lib/chart/link-path";
import type { ChartLink } from "./types";

type G = Selection<SVGGElement, unknown, null, undefined>;

interface DrawnLink extends ChartLink {
  d: string;
  at: Point;
}

/** Curves from the active events to their related events, labelled "led to", "response to", … */
export function drawLinks(root: G, links: readonly ChartLink[], active: ReadonlySet<string>, positionOf: (id: string) => Point | null) {
  const drawn: DrawnLink[] = [];
  for (const link of links) {
    if (!active.has(link.from) && !active.has(link.to)) continue;
    const a = positionOf(link.from);
    const b = positionOf(link.to);
    if (!a || !b || (a.x === b.x && a.y === b.y)) continue;
    const { d, label } = linkPath(a, b);
    drawn.push({ ...link, d, at: label });
  }
  root
    .selectAll<SVGGElement, DrawnLink>("g.link")
    .data(drawn, (l) => `${l.from}>${l.to}`)
    .join((enter) => {
      const link = enter.append("g").attr("class", "link");
      link.append("path").attr("marker-end", "url(#link-arrow)");
      link.append("text");
      return link;
    })
    .attr("data-from", (l) => l.from)
    .attr("data-to", (l) => l.to)
    .call((link) => link.select("path").attr("d", (l) => l.d))
    .call((link) =>
      link
        .select("text")
        .attr("x", (l) => l.at.x)
        .attr("y", (l) => l.at.y)
        .attr("dy", "-0.35em")
        .attr("text-anchor", "middle")
        .text((l) => l.label),
    );
}
