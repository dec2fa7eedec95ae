import type { ScaleTime } from "d3-scale";
import { markKind, type TimelineItem } from "../data/items";
import { isAfterSnapshot } from "../view/snapshot";
import type { ChartCluster } from "../window/types";
import { binBy, binWidthFor } from "../window/bins";
import { createRectIndex, type RectIndex } from "./rect-index";
import { measureText, wrapText } from "./text";
import type { Theme } from "./theme";
import type { Rect, SceneClusterMark, SceneLabel, SceneLane, SceneMark } from "./types";

export interface MarkRules {
  x: ScaleTime<number, number>;
  theme: Theme;
  plotX0: number;
  plotX1: number;
  colourOf: (lane: string) => string;
  snapshot: number | null;
  selectedId: string | null;
  matches: ReadonlySet<string> | null;
  numbers: ReadonlyMap<string, number> | null;
}

const level = (importance: number) => Math.min(3, Math.max(1, Math.round(importance))) - 1;

/** Who gets room first: the selection, numbered events, then importance, search hits, and ranges over points. */
export function rankOf(item: TimelineItem, rules: Pick<MarkRules, "selectedId" | "matches" | "numbers">): number {
  return (
    (item.id === rules.selectedId ? 1000 : 0) +
    (rules.numbers?.has(item.id) ? 500 : 0) +
    item.importance * 100 +
    (rules.matches?.has(item.id) ? 50 : 0) +
    (item.isRange ? 5 : 0)
  );
}

/** Selected, numbered and headline events are always drawn as themselves, never folded into a count. */
function isPinned(item: TimelineItem, rules: MarkRules): boolean {
  return item.id === rules.selectedId || (rules.numbers?.has(item.id) ?? false) || item.importance >= 3;
}

function shapeOf(item: TimelineItem, rules: MarkRules): { x0: number; x1: number; cx: number; size: number; kind: SceneMark["kind"] } {
  const { x, theme } = rules;
  const kind = markKind(item);
  const i = level(item.importance);
  const a = x(item.start);
  const b = x(item.end);
  if (kind === "point") {
    const r = theme.radius[i]!;
    const cx = (a + b) / 2;
    return { kind, x0: cx - r, x1: cx + r, cx, size: r };
  }
  const min = kind === "span" ? theme.minWidth + 4 : theme.minWidth;
  const [x0, x1] = b - a < min ? [(a + b) / 2 - min / 2, (a + b) / 2 + min / 2] : [Math.max(a, rules.plotX0 - 6), Math.min(b, rules.plotX1 + 6)];
  return { kind, x0, x1, cx: Math.min(Math.max((x0 + x1) / 2, rules.plotX0), rules.plotX1), size: theme.barHeight[i]! / 2 };
}

export interface LaneLayout {
  marks: SceneMark[];
  clusters: SceneClusterMark[];
}

function rowsOf(lane: SceneLane, theme: Theme): number {
  return Math.max(1, Math.floor((lane.height - theme.lane.inset - 2) / theme.lane.rowHeight));
}

function badge(lane: SceneLane, theme: Theme, rules: MarkRules, start: number, end: number, count: number, ids: string[]): SceneClusterMark {
  const width = Math.max(theme.cluster.minWidth, measureText(count.toLocaleString("en-GB"), theme.cluster.size, "bold") + 12);
  const height = Math.min(lane.height - 8, theme.cluster.size + 9);
  const x = Math.min(Math.max(rules.x((start + end) / 2), rules.plotX0 + width / 2), rules.plotX1 - width / 2);
  return { key: `${lane.id}:${start}`, lane: lane.id, x, y: lane.y0 + lane.height / 2, width, height, count, start, end, colour: lane.colour, ids };
}

/** Neighbouring badges whose boxes would touch become one. */
function mergeBadges(badges: SceneClusterMark[], lane: SceneLane, theme: Theme, rules: MarkRules): SceneClusterMark[] {
  const out: SceneClusterMark[] = [];
  for (const next of badges.sort((a, b) => a.x - b.x)) {
    const last = out.at(-1);
    if (last && next.x - next.width / 2 < last.x + last.width / 2 + 4) out[out.length - 1] = badge(lane, theme, rules, Math.min(last.start, next.start), Math.max(last.end, next.end), last.count + next.count, [...last.ids, ...next.ids]);
    else out.push(next);
  }
  return out;
}

/**
 * One lane: marks placed in rows by rank (the first free row, avoiding the room kept for the labels of
 * more important marks), and runs too dense for the rows folded into count badges on the one bin grid.
 */
export function layoutLane(items: readonly TimelineItem[], lane: SceneLane, rules: MarkRules, serverClusters: readonly ChartCluster[] = []): LaneLayout {
  const { theme } = rules;
  const rows = rowsOf(lane, theme);
  const rowY = (row: number) => lane.y0 + theme.lane.inset + (row + 0.5) * theme.lane.rowHeight;
  const [from, to] = rules.x.domain().map(Number) as [number, number];
  const binWidth = binWidthFor(to - from, rules.plotX1 - rules.plotX0, theme.cluster.binPx);
  const ranked = [...items].sort((a, b) => rankOf(b, rules) - rankOf(a, rules) || a.start - b.start || (a.id < b.id ? -1 : 1));
  const shapes = new Map(ranked.map((item) => [item.id, shapeOf(item, rules)]));
  const bin = (item: TimelineItem) => Math.floor(((item.start + item.end) / 2) / binWidth);

  const place = (dense: ReadonlySet<number>) => {
    const hard = createRectIndex();
    const soft = createRectIndex();
    const badges = mergeBadges(
      [
        ...serverClusters.map((c) => badge(lane, theme, rules, c.start, c.end, c.count, [])),
        ...[...binBy(ranked.filter((item) => dense.has(bin(item)) && !isPinned(item, rules)), bin, 1)].map(([b, members]) =>
          badge(lane, theme, rules, b * binWidth, (b + 1) * binWidth, members.length, members.map((m) => m.id)),
        ),
      ],
      lane,
      theme,
      rules,
    );
    for (const c of badges) hard.add({ x0: c.x - c.width / 2, x1: c.x + c.width / 2, y0: lane.y0, y1: lane.y0 + lane.height });
    const folded = new Set(badges.flatMap((c) => c.ids));
    const marks: SceneMark[] = [];
    const overflow = new Set<number>();
    for (const item of ranked) {
      if (folded.has(item.id)) continue;
      const shape = shapes.get(item.id)!;
      const boxIn = (row: number): Rect => ({ x0: shape.x0 - 1, x1: shape.x1 + 1, y0: rowY(row) - theme.lane.rowHeight / 2 + 0.5, y1: rowY(row) + theme.lane.rowHeight / 2 - 0.5 });
      let row = -1;
      for (let r = 0; r < rows && row === -1; r++) if (!hard.hits(boxIn(r)) && !soft.hits(boxIn(r))) row = r;
      for (let r = 0; r < rows && row === -1; r++) if (!hard.hits(boxIn(r))) row = r;
      if (row === -1) {
        if (!isPinned(item, rules)) {
          overflow.add(bin(item));
          continue;
        }
        row = 0;
      }
      hard.add(boxIn(row));
      const y = rowY(row);
      if (item.importance >= 2 || isPinned(item, rules)) {
        const width = measureText(item.title, theme.label.size[level(item.importance)]!, theme.label.weight[level(item.importance)]);
        soft.add({ x0: shape.x1 + theme.label.gap, x1: shape.x1 + theme.label.gap + width, y0: y - 6, y1: y + 6 });
      }
      const number = rules.numbers?.get(item.id) ?? null;
      marks.push({
        id: item.id,
        lane: lane.id,
        kind: shape.kind,
        importance: item.importance,
        x0: shape.x0,
        x1: shape.x1,
        cx: shape.cx,
        y,
        size: shape.size,
        colour: lane.colour,
        after: rules.snapshot !== null && isAfterSnapshot(item.start, rules.snapshot),
        unverified: item.unverified !== undefined,
        dimmed: rules.numbers !== null && rules.numbers.size > 0 && number === null,
        number,
        item,
      });
    }
    return { marks, clusters: badges, overflow };
  };

  const first = place(new Set());
  if (first.overflow.size === 0) return first;
  const second = place(first.overflow);
  // Whatever still does not fit (a bin crowded only by pinned marks) is left out of the rows rather than drawn on top.
  return { marks: second.marks, clusters: second.clusters };
}

/**
 * Labels across all lanes in rank order: the full title beside its mark (right, else left, else on
 * two lines) wherever it touches no mark, badge or other label and stays inside its lane and the plot;
 * otherwise no label. Slides write the step's numbers in discs instead; print prefixes the number.
 */
export function placeLabels(marks: readonly SceneMark[], lanes: readonly SceneLane[], obstacles: Iterable<Rect>, rules: MarkRules): SceneLabel[] {
  const { theme } = rules;
  const index = createRectIndex(obstacles);
  const laneOf = new Map(lanes.map((lane) => [lane.id, lane]));
  const labels: SceneLabel[] = [];
  const ranked = [...marks].sort((a, b) => rankOf(b.item, rules) - rankOf(a.item, rules) || a.x0 - b.x0);
  for (const mark of ranked) {
    const lane = laneOf.get(mark.lane)!;
    const inside = (box: Rect) => box.x0 >= rules.plotX0 && box.x1 <= rules.plotX1 && box.y0 >= lane.y0 + 1 && box.y1 <= lane.y0 + lane.height - 1;
    const free = (box: Rect) => inside(box) && !index.hits(box, 2);
    const take = (label: SceneLabel) => {
      index.add(label.box);
      labels.push(label);
    };
    if (theme.medium === "projector") {
      if (mark.number === null) continue;
      const r = theme.label.size[0]! * 0.75;
      const spots = [
        [mark.cx, mark.y - mark.size - r - 3],
        [mark.cx, mark.y + mark.size + r + 3],
        [mark.x1 + r + 4, mark.y],
        [mark.x0 - r - 4, mark.y],
      ] as const;
      const spot = spots.find(([cx, cy]) => free({ x0: cx - r, x1: cx + r, y0: cy - r, y1: cy + r })) ?? spots[0];
      const box = { x0: spot[0] - r, x1: spot[0] + r, y0: spot[1] - r, y1: spot[1] + r };
      take({ id: mark.id, lines: [String(mark.number)], x: spot[0], y: spot[1], anchor: "start", size: theme.label.size[0]! * 0.8, weight: "bold", lineHeight: r * 2, box, after: mark.after, badge: true });
      continue;
    }
    const i = level(mark.importance);
    const wants = mark.importance >= theme.labelFrom || mark.number !== null || mark.id === rules.selectedId || (rules.matches?.has(mark.id) ?? false);
    if (!wants) continue;
    const size = theme.label.size[i]!;
    const weight = mark.id === rules.selectedId ? "bold" : theme.label.weight[i]!;
    const lh = size * theme.label.lineHeight;
    const gap = theme.label.gap + (mark.kind === "point" ? 0 : 1);
    const texts = mark.number !== null && theme.medium === "print" ? [`${mark.number} ${mark.item.title}`, String(mark.number)] : [mark.item.title];
    let placed = false;
    for (const text of texts) {
      const one = [text];
      const two = wrapText(text, size, theme.label.maxWidth, theme.label.maxLines, weight);
      for (const lines of two && two.length > 1 ? [one, two] : [one]) {
        const width = Math.max(...lines.map((line) => measureText(line, size, weight)));
        const tall = (lines.length - 1) * lh;
        const options: SceneLabel[] = [];
        for (const [anchor, x] of [["start", mark.x1 + gap], ["end", mark.x0 - gap]] as const)
          for (const y of lines.length > 1 ? [mark.y, mark.y - tall] : [mark.y]) {
            const x0 = anchor === "start" ? x : x - width;
            options.push({ id: mark.id, lines, x, y, anchor, size, weight, lineHeight: lh, box: { x0, x1: x0 + width, y0: y - lh / 2, y1: y + tall + lh / 2 }, after: mark.after, badge: false });
          }
        const fits = options.find((option) => free(option.box));
        if (fits) {
          take(fits);
          placed = true;
          break;
        }
      }
      if (placed) break;
    }
  }
  return labels;
}

export function markBox(mark: SceneMark): Rect {
  return { x0: mark.x0 - 1, x1: mark.x1 + 1, y0: mark.y - Math.max(mark.size, 4) - 1, y1: mark.y + Math.max(mark.size, 4) + 1 };
}

export function clusterBox(cluster: SceneClusterMark): Rect {
  return { x0: cluster.x - cluster.width / 2, x1: cluster.x + cluster.width / 2, y0: cluster.y - cluster.height / 2, y1: cluster.y + cluster.height / 2 };
}

export type { RectIndex };
