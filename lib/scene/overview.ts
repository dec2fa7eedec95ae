import { createTimeScale, type TimeDomain } from "../time/scale";
import { binWidthFor } from "../window/bins";
import type { DensityBins } from "../window/types";
import { createAxis } from "./axis";
import type { SceneLaneInput, SceneOverview } from "./types";

const AXIS = 14;
const COLUMN_PX = 3;

/** The whole set in a slim strip: per-lane density columns on the one bin grid, years, the snapshot and the window. */
export function layoutOverview(
  density: DensityBins,
  lanes: readonly SceneLaneInput[],
  bounds: TimeDomain,
  domain: TimeDomain,
  geometry: { x0: number; x1: number; y0: number; height: number },
  snapshot: number | null,
): SceneOverview {
  const { x0, x1, y0, height } = geometry;
  const x = createTimeScale(bounds, [x0, x1]);
  const column = Math.max(density.binWidth, binWidthFor(bounds[1] - bounds[0], x1 - x0, COLUMN_PX));
  const rowHeight = (height - AXIS - 4) / Math.max(1, lanes.length);
  const raw: { lane: string; col: number; count: number; row: number; colour: string }[] = [];
  lanes.forEach((lane, row) => {
    const cells = density.lanes.find((l) => l.lane === lane.id)?.cells ?? [];
    const columns = new Map<number, number>();
    for (let i = 0; i < cells.length; i += 2) {
      const col = Math.floor((cells[i]! * density.binWidth) / column);
      columns.set(col, (columns.get(col) ?? 0) + cells[i + 1]!);
    }
    for (const [col, count] of columns) raw.push({ lane: lane.id, col, count, row, colour: lane.colour });
  });
  const max = Math.max(1, ...raw.map((c) => c.count));
  const cells = raw.map(({ lane, col, count, row, colour }) => {
    const left = x(col * column);
    return { lane, x: left, width: Math.max(1.5, x((col + 1) * column) - left - 0.5), y: y0 + 2 + row * rowHeight + 0.5, height: Math.max(1.5, rowHeight - 1), colour, opacity: 0.35 + 0.65 * Math.sqrt(count / max) };
  });
  const axis = createAxis(x, 10, 10, false);
  return {
    y0,
    height,
    x0,
    x1,
    bounds,
    cells: cells.filter((c) => c.x + c.width >= x0 && c.x <= x1),
    ticks: axis.unit === "year" || axis.unit === "decade" ? axis.ticks : axis.context,
    snapshotX: snapshot !== null && snapshot >= bounds[0] && snapshot <= bounds[1] ? x(snapshot) : null,
    window: { x0: Math.max(x0, x(domain[0])), x1: Math.min(x1, x(domain[1])) },
    axisY: y0 + height - 3,
  };
}
