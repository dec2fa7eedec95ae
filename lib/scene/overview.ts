import { createTimeScale, type TimeDomain } from "../time/scale";
import { binWidthFor } from "../window/bins";
import type { DensityBins } from "../window/types";
import { createAxis } from "./axis";
import type { SceneLaneInput, SceneOverview } from "./types";

const AXIS = 14;
const COLUMN_PX = 3;

type Geometry = { x0: number; x1: number; y0: number; height: number };

/** The strip's shades and years depend on the set and the size, not on the window: made once, kept per density. */
const strips = new WeakMap<DensityBins, Map<string, Pick<SceneOverview, "shades" | "ticks">>>();

function stripOf(density: DensityBins, lanes: readonly SceneLaneInput[], bounds: TimeDomain, geometry: Geometry): Pick<SceneOverview, "shades" | "ticks"> {
  const key = `${bounds[0]}:${bounds[1]}:${geometry.x0}:${geometry.x1}:${geometry.y0}:${geometry.height}:${lanes.map((lane) => `${lane.id}=${lane.colour}`).join(",")}`;
  let byKey = strips.get(density);
  if (!byKey) strips.set(density, (byKey = new Map()));
  let strip = byKey.get(key);
  if (!strip) {
    // Resizes and lane choices add entries: keep the few most recent.
    if (byKey.size >= 8) byKey.clear();
    strip = drawStrip(density, lanes, bounds, geometry);
    byKey.set(key, strip);
  }
  return strip;
}

/** The whole set in a slim strip: per-lane density columns on the one bin grid, years, the snapshot and the window. */
export function layoutOverview(
  density: DensityBins,
  lanes: readonly SceneLaneInput[],
  bounds: TimeDomain,
  domain: TimeDomain,
  geometry: Geometry,
  snapshot: number | null,
): SceneOverview {
  const { x0, x1, y0, height } = geometry;
  const x = createTimeScale(bounds, [x0, x1]);
  return {
    y0,
    height,
    x0,
    x1,
    bounds,
    ...stripOf(density, lanes, bounds, geometry),
    snapshotX: snapshot !== null && snapshot >= bounds[0] && snapshot <= bounds[1] ? x(snapshot) : null,
    window: { x0: Math.max(x0, x(domain[0])), x1: Math.min(x1, x(domain[1])) },
    axisY: y0 + height - 3,
  };
}

function drawStrip(density: DensityBins, lanes: readonly SceneLaneInput[], bounds: TimeDomain, geometry: Geometry): Pick<SceneOverview, "shades" | "ticks"> {
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
  const paths = new Map<string, { lane: string; colour: string; opacity: number; parts: string[] }>();
  const r1 = (v: number) => Math.round(v * 10) / 10;
  // Neighbouring columns of the same lane and shade are drawn as one run.
  const runs: { lane: string; colour: string; row: number; shade: number; from: number; to: number }[] = [];
  for (const { lane, col, count, row, colour } of raw.sort((a, b) => a.row - b.row || a.col - b.col)) {
    if (x(col * column) > x1 || x((col + 1) * column) < x0) continue;
    const shade = Math.min(3, Math.floor(Math.sqrt(count / max) * 4));
    const last = runs.at(-1);
    if (last && last.row === row && last.shade === shade && last.to === col) last.to = col + 1;
    else runs.push({ lane, colour, row, shade, from: col, to: col + 1 });
  }
  for (const { lane, colour, row, shade, from, to } of runs) {
    const key = `${lane}:${shade}`;
    const entry = paths.get(key) ?? { lane, colour, opacity: 0.35 + 0.65 * ((shade + 1) / 4), parts: [] };
    const left = Math.max(x0, x(from * column));
    const width = Math.max(1.5, Math.min(x1, x(to * column)) - left - 0.5);
    entry.parts.push(`M${r1(left)},${r1(y0 + 2 + row * rowHeight + 0.5)}h${r1(width)}v${r1(Math.max(1.5, rowHeight - 1))}h${r1(-width)}z`);
    paths.set(key, entry);
  }
  const axis = createAxis(x, 10, 10, false);
  return {
    shades: [...paths.values()].map(({ lane, colour, opacity, parts }) => ({ lane, colour, opacity, d: parts.join("") })),
    ticks: axis.unit === "year" || axis.unit === "decade" ? axis.ticks : axis.context,
  };
}
