import { markKind, type MarkKind, type TimelineItem } from "../data/items";
import type { ScaleTime } from "d3-scale";
import { clusterMarks } from "./cluster";
import { placeLabels, type LabelCandidate, type Rect } from "./label-collision";
import { packRows } from "./pack-rows";
import { estimateTextWidth, truncateToWidth } from "./text-width";

export interface DetailMark {
  id: string;
  lane: string;
  kind: MarkKind;
  x0: number;
  x1: number;
  y: number;
  start: number;
  end: number;
  /** Shortened title when it has room to be labelled, else null. */
  label: string | null;
  labelSide: "right" | "left";
}

export interface DetailCluster {
  lane: string;
  x: number;
  y: number;
  start: number;
  end: number;
  count: number;
  ids: string[];
}

export interface DetailLane {
  id: string;
  y0: number;
  height: number;
}

export interface DetailLayout {
  lanes: DetailLane[];
  marks: DetailMark[];
  clusters: DetailCluster[];
}

export interface DetailSize {
  x0: number;
  x1: number;
  top: number;
  laneHeight: number;
  rowHeight: number;
  /** Space above the first row (room for an in-lane label on phones). */
  inset?: number;
}

export const MARK_RADIUS = 5;
const MIN_WIDTH = { point: 0, bar: 4, span: 10 };
const LABEL_FONT = 11;
const LABEL_MAX = 170;

/** Ids that win label space first: the selection, then search hits. */
export type LabelPriority = (id: string) => number;

/**
 * (items, scale, size) → positions. Per lane: narrow marks too dense to draw separately become count
 * clusters, the rest are packed into rows, then labels are placed where they collide with nothing.
 */
export function layoutDetail(
  items: readonly TimelineItem[],
  laneIds: readonly string[],
  x: ScaleTime<number, number>,
  size: DetailSize,
  priority: LabelPriority = () => 0,
): DetailLayout {
  const [from, to] = x.domain().map(Number) as [number, number];
  const inset = size.inset ?? 4;
  const rows = Math.max(1, Math.floor((size.laneHeight - inset - 4) / size.rowHeight));
  const byLane = new Map<string, TimelineItem[]>(laneIds.map((id) => [id, []]));
  for (const item of items) if (item.end > from && item.start < to) byLane.get(item.lane)?.push(item);
  const lanes: DetailLane[] = [];
  const marks: DetailMark[] = [];
  const clusters: DetailCluster[] = [];
  laneIds.forEach((lane, index) => {
    const y0 = size.top + index * size.laneHeight;
    lanes.push({ id: lane, y0, height: size.laneHeight });
    const rowY = (row: number) => y0 + inset + (row + 0.5) * size.rowHeight;
    const geometry = byLane.get(lane)!.map((item) => {
      const kind = markKind(item);
      const a = x(item.start);
      const b = x(item.end);
      const c = (a + b) / 2;
      // Points and very short spans/bars keep a minimum visible size, centred on their time.
      const [x0, x1] =
        kind === "point" ? [c - MARK_RADIUS, c + MARK_RADIUS] : b - a < MIN_WIDTH[kind] ? [c - MIN_WIDTH[kind] / 2, c + MIN_WIDTH[kind] / 2] : [Math.max(a, size.x0 - 4), Math.min(b, size.x1 + 4)];
      return { item, id: item.id, kind, x0, x1, start: item.start, end: item.end };
    });
    geometry.sort((p, q) => p.x0 - q.x0);
    const narrow = geometry.filter((g) => g.x1 - g.x0 < 24);
    const wide = geometry.filter((g) => g.x1 - g.x0 >= 24);
    const { singles, clusters: dense } = clusterMarks(narrow, { gap: 2, maxWidth: 48, capacity: rows * 2, badgeWidth: 34 });
    for (const c of dense)
      clusters.push({ lane, x: Math.min(Math.max((c.x0 + c.x1) / 2, size.x0 + 14), size.x1 - 14), y: y0 + size.laneHeight / 2, start: c.start, end: c.end, count: c.items.length, ids: c.items.map((m) => m.id) });
    const drawn = [...wide, ...singles].sort((p, q) => p.x0 - q.x0);
    const withText = drawn.map((g) => ({ ...g, text: truncateToWidth(g.item.title, LABEL_FONT, LABEL_MAX) }));
    const rowOf = packRows(withText.map((g) => ({ x0: g.x0, x1: g.x1 + 6 + estimateTextWidth(g.text, LABEL_FONT) })), 4, rows);
    const laneMarks = withText.map((g, i) => ({ ...g, y: rowY(rowOf[i]!) }));
    const obstacles: (Rect & { id: string })[] = laneMarks.map((m) => ({ id: m.id, x0: m.x0, x1: m.x1, y0: m.y - 5, y1: m.y + 5 }));
    for (const c of dense) obstacles.push({ id: "", x0: (c.x0 + c.x1) / 2 - 14, x1: (c.x0 + c.x1) / 2 + 14, y0: y0, y1: y0 + size.laneHeight });
    const candidates: LabelCandidate[] = [...laneMarks]
      .sort((p, q) => priority(q.id) - priority(p.id) || p.x0 - q.x0)
      .map((m) => {
        const w = estimateTextWidth(m.text, LABEL_FONT);
        const y = { y0: m.y - 7, y1: m.y + 7 };
        const right = { x0: Math.max(m.x1, size.x0) + 4, x1: Math.max(m.x1, size.x0) + 4 + w, ...y };
        const left = { x0: m.x0 - 4 - w, x1: m.x0 - 4, ...y };
        return { id: m.id, options: [right, left] };
      });
    const chosen = placeLabels(candidates, obstacles, { x0: size.x0, x1: size.x1 });
    for (const m of laneMarks) {
      const side = chosen.get(m.id);
      marks.push({ id: m.id, lane, kind: m.kind, x0: m.x0, x1: m.x1, y: m.y, start: m.start, end: m.end, label: side === undefined ? null : m.text, labelSide: side === 1 ? "left" : "right" });
    }
  });
  return { lanes, marks, clusters };
}
