import { markKind, type MarkKind, type TimelineItem } from "../data/items";
import type { ScaleTime } from "d3-scale";
import { clusterMarks } from "./cluster";
import { placeLabels, type LabelCandidate, type Rect } from "./label-collision";
import { createLaneIndex, isLaneIndex, itemsInWindow, type LaneIndex } from "./lane-index";
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

/** A mark ranked this high (the selection) is always drawn as itself, never folded into a count badge. */
export const PINNED_PRIORITY = 2;

const labelTexts = new WeakMap<TimelineItem, string>();

/** A title cut to label length, once per item rather than once per frame. */
function labelText(item: TimelineItem): string {
  let text = labelTexts.get(item);
  if (text === undefined) labelTexts.set(item, (text = truncateToWidth(item.title, LABEL_FONT, LABEL_MAX)));
  return text;
}

interface Geometry {
  item: TimelineItem;
  id: string;
  kind: MarkKind;
  x0: number;
  x1: number;
  start: number;
  end: number;
}

/**
 * (items, scale, size) → positions. Per lane: narrow marks too dense to draw separately become count
 * clusters, the rest are packed into rows, then labels are placed where they collide with nothing.
 * Pass a LaneIndex (createLaneIndex, once per data change) so a frame walks only the visible items.
 */
export function layoutDetail(
  items: readonly TimelineItem[] | LaneIndex,
  laneIds: readonly string[],
  x: ScaleTime<number, number>,
  size: DetailSize,
  priority: LabelPriority = () => 0,
): DetailLayout {
  const [from, to] = x.domain().map(Number) as [number, number];
  const index = isLaneIndex(items) ? items : createLaneIndex(items);
  const inset = size.inset ?? 4;
  const rows = Math.max(1, Math.floor((size.laneHeight - inset - 4) / size.rowHeight));
  const lanes: DetailLane[] = [];
  const marks: DetailMark[] = [];
  const clusters: DetailCluster[] = [];
  laneIds.forEach((lane, laneIndex) => {
    const y0 = size.top + laneIndex * size.laneHeight;
    lanes.push({ id: lane, y0, height: size.laneHeight });
    const rowY = (row: number) => y0 + inset + (row + 0.5) * size.rowHeight;
    const geometry: Geometry[] = itemsInWindow(index, lane, from, to).map((item) => {
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
    const pinned = (g: Geometry) => priority(g.id) >= PINNED_PRIORITY;
    const narrow = geometry.filter((g) => g.x1 - g.x0 < 24 && !pinned(g));
    const wide = geometry.filter((g) => g.x1 - g.x0 >= 24 || pinned(g));
    const { singles, clusters: dense } = clusterMarks(narrow, { gap: 2, maxWidth: 48, capacity: rows * 2, badgeWidth: 34 });
    for (const c of dense)
      clusters.push({ lane, x: Math.min(Math.max((c.x0 + c.x1) / 2, size.x0 + 14), size.x1 - 14), y: y0 + size.laneHeight / 2, start: c.start, end: c.end, count: c.items.length, ids: c.items.map((m) => m.id) });
    const drawn = wide.length === 0 ? singles : [...wide, ...singles].sort((p, q) => p.x0 - q.x0);
    const texts = drawn.map((g) => labelText(g.item));
    const widths = texts.map((text) => estimateTextWidth(text, LABEL_FONT));
    const rowOf = packRows(drawn.map((g, i) => ({ x0: g.x0, x1: g.x1 + 6 + widths[i]! })), 4, rows);
    const ys = drawn.map((_, i) => rowY(rowOf[i]!));
    const obstacles: (Rect & { id: string })[] = drawn.map((m, i) => ({ id: m.id, x0: m.x0, x1: m.x1, y0: ys[i]! - 5, y1: ys[i]! + 5 }));
    for (const c of dense) obstacles.push({ id: "", x0: (c.x0 + c.x1) / 2 - 14, x1: (c.x0 + c.x1) / 2 + 14, y0: y0, y1: y0 + size.laneHeight });
    const order = drawn.map((_, i) => i);
    const ranks = drawn.map((m) => priority(m.id));
    order.sort((i, j) => ranks[j]! - ranks[i]! || drawn[i]!.x0 - drawn[j]!.x0);
    const candidates: LabelCandidate[] = order.map((i) => {
      const m = drawn[i]!;
      const y = { y0: ys[i]! - 7, y1: ys[i]! + 7 };
      const right = { x0: Math.max(m.x1, size.x0) + 4, x1: Math.max(m.x1, size.x0) + 4 + widths[i]!, ...y };
      const left = { x0: m.x0 - 4 - widths[i]!, x1: m.x0 - 4, ...y };
      return { id: m.id, options: [right, left] };
    });
    const chosen = placeLabels(candidates, obstacles, { x0: size.x0, x1: size.x1 });
    drawn.forEach((m, i) => {
      const side = chosen.get(m.id);
      marks.push({ id: m.id, lane, kind: m.kind, x0: m.x0, x1: m.x1, y: ys[i]!, start: m.start, end: m.end, label: side === undefined ? null : texts[i]!, labelSide: side === 1 ? "left" : "right" });
    });
  });
  return { lanes, marks, clusters };
}
