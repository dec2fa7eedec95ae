import type { Lane } from "../schema";
import { markKind, type MarkKind, type TimelineItem } from "../data/items";
import { createTimeScale, type TimeDomain } from "../time/scale";
import { packRows } from "./pack-rows";

export interface PlacedMark {
  item: TimelineItem;
  kind: MarkKind;
  x0: number;
  x1: number;
  /** Vertical centre of the mark. */
  y: number;
}

export interface PlacedLane {
  lane: Lane;
  y0: number;
  height: number;
}

export interface StaticLayout {
  lanes: PlacedLane[];
  marks: PlacedMark[];
  height: number;
}

export const POINT_RADIUS = 5;
const ROW_HEIGHT = 14;
const LANE_PADDING = 10;

/** (items, domain, size) → positions for a non-interactive timeline: one band per lane, marks packed into rows. */
export function layoutStaticTimeline(
  items: readonly TimelineItem[],
  lanes: readonly Lane[],
  domain: TimeDomain,
  plot: { x0: number; x1: number; top: number; maxRows?: number },
): StaticLayout {
  const x = createTimeScale(domain, [plot.x0, plot.x1]);
  const visible = items.filter((item) => item.end > domain[0] && item.start < domain[1]);
  const placedLanes: PlacedLane[] = [];
  const marks: PlacedMark[] = [];
  let y = plot.top;
  for (const lane of lanes) {
    const inLane = visible.filter((item) => item.lane === lane.id).sort((a, b) => a.start - b.start);
    const geometry = inLane.map((item) => {
      const kind = markKind(item);
      const a = x(item.start);
      const b = x(item.end);
      if (kind === "point") {
        const cx = (a + b) / 2;
        return { item, kind, x0: cx - POINT_RADIUS, x1: cx + POINT_RADIUS };
      }
      return { item, kind, x0: Math.max(a, plot.x0), x1: Math.min(Math.max(b, a + 2), plot.x1) };
    });
    const rows = packRows(geometry, 2, plot.maxRows ?? 4);
    const rowCount = Math.max(1, ...rows.map((r) => r + 1));
    geometry.forEach((g, i) => marks.push({ ...g, y: y + LANE_PADDING + (rows[i]! + 0.5) * ROW_HEIGHT }));
    const height = rowCount * ROW_HEIGHT + LANE_PADDING * 2;
    placedLanes.push({ lane, y0: y, height });
    y += height;
  }
  return { lanes: placedLanes, marks, height: y };
}
