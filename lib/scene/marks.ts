import type { TimeScale } from "../time/scale";
import { markKind, type TimelineItem } from "../data/items";
import { isAfterSnapshot } from "../view/snapshot";
import type { ChartCluster } from "../window/types";
import { binBy, binWidthFor } from "../window/bins";
import { createRectIndex, overlaps, type RectIndex } from "./rect-index";
import { formatCount, measureText, wrapText } from "./text";
import type { Theme } from "./theme";
import type { Rect, SceneClusterMark, SceneLabel, SceneLane, SceneMark } from "./types";

export interface MarkRules {
  x: TimeScale;
  theme: Theme;
  plotX0: number;
  plotX1: number;
  colourOf: (lane: string) => string;
  snapshot: number | null;
  selectedId: string | null;
  matches: ReadonlySet<string> | null;
  numbers: ReadonlyMap<string, number> | null;
}

/** What the figure writes beside a mark: the editor's short name, else the title. */
export function labelOf(item: Pick<TimelineItem, "title" | "shortTitle">): string {
  return item.shortTitle ?? item.title;
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

/** Marks that get room kept for their label while the rows are filled: the important and the pinned. */
function wantsRoom(item: TimelineItem, rules: MarkRules): boolean {
  return rules.theme.medium !== "projector" && rules.theme.medium !== "slide" && (item.importance >= 2 || isPinned(item, rules));
}

/** Clear space a label keeps from the marks and labels beside it, in px. */
const LABEL_CLEARANCE = 2;

/** The gap between a mark and its label: a bar or span's square end sits a pixel further off than a dot. */
function labelGap(kind: SceneMark["kind"], theme: Theme): number {
  return theme.label.gap + (kind === "point" ? 0 : 1);
}

/**
 * The room a mark keeps for its label while the rows are filled: its label on one line, right of the
 * mark or left where the right runs off the plot, with the clearance placeLabels will ask for.
 */
function preferredLabelBox(item: TimelineItem, shape: MarkShape, y: number, rules: MarkRules): Rect {
  const { theme } = rules;
  const i = level(item.importance);
  const width = measureText(labelOf(item), theme.label.size[i]!, theme.label.weight[i]);
  const half = (theme.label.size[i]! * theme.label.lineHeight) / 2;
  const gap = labelGap(shape.kind, theme);
  const outline = item.unverified !== undefined ? unverifiedOutline(shape, y) : shape;
  const right = outline.x1 + gap;
  const x0 = right + width <= rules.plotX1 ? right : outline.x0 - gap - width;
  return { x0: x0 - LABEL_CLEARANCE, x1: x0 + width + LABEL_CLEARANCE, y0: y - half, y1: y + half };
}

export interface LaneLayout {
  marks: SceneMark[];
  clusters: SceneClusterMark[];
}

function rowsOf(lane: SceneLane, theme: Theme): number {
  return Math.max(1, Math.floor((lane.height - theme.lane.inset - 2) / theme.lane.rowHeight));
}

function badgeWidth(count: number, theme: Theme): number {
  return Math.max(theme.cluster.minWidth, measureText(formatCount(count), theme.cluster.size, "bold") + 12);
}

interface PendingBadge {
  start: number;
  end: number;
  count: number;
  ids: string[];
}

/** Neighbouring bins whose badges would touch become one badge. */
function mergeBins(bins: PendingBadge[], rules: MarkRules): PendingBadge[] {
  const out: PendingBadge[] = [];
  const { x, theme } = rules;
  for (const next of bins.sort((a, b) => a.start - b.start)) {
    const last = out.at(-1);
    const gap = last ? x((next.start + next.end) / 2) - x((last.start + last.end) / 2) : Infinity;
    if (last && gap < (badgeWidth(last.count, theme) + badgeWidth(next.count, theme)) / 2 + 4)
      out[out.length - 1] = { start: last.start, end: Math.max(last.end, next.end), count: last.count + next.count, ids: [...last.ids, ...next.ids] };
    else out.push(next);
  }
  return out;
}

/**
 * One lane: its pinned marks (selected, numbered, headline) first, then count badges for the bins too
 * crowded to draw, then every other mark by rank — each in the first row where it is free, keeping room
 * for the labels of the important ones. Badges are row items like marks, so nothing is drawn over anything.
 */
export function layoutLane(items: readonly TimelineItem[], lane: SceneLane, rules: MarkRules, serverClusters: readonly ChartCluster[] = []): LaneLayout {
  const { theme } = rules;
  const rows = rowsOf(lane, theme);
  const rowY = (row: number) => lane.y0 + theme.lane.inset + (row + 0.5) * theme.lane.rowHeight;
  const half = theme.lane.rowHeight / 2;
  const [from, to] = rules.x.domain().map(Number) as [number, number];
  const binWidth = binWidthFor(to - from, rules.plotX1 - rules.plotX0, theme.cluster.binPx);
  const ranked = [...items].sort((a, b) => rankOf(b, rules) - rankOf(a, rules) || a.start - b.start || (a.id < b.id ? -1 : 1));
  const shapes = new Map(ranked.map((item) => [item.id, shapeOf(item, rules)]));
  const bin = (item: TimelineItem) => Math.floor((item.start + item.end) / 2 / binWidth);

  const place = (dense: ReadonlySet<number>) => {
    const hard = createRectIndex();
    const soft = createRectIndex();
    const pending = mergeBins(
      [
        ...serverClusters.map((c) => ({ start: c.start, end: c.end, count: c.count, ids: [] as string[] })),
        ...[...binBy(ranked.filter((item) => dense.has(bin(item)) && !isPinned(item, rules)), bin, 1)].map(([b, members]) => ({
          start: b * binWidth,
          end: (b + 1) * binWidth,
          count: members.length,
          ids: members.map((m) => m.id),
        })),
      ],
      rules,
    );
    const folded = new Set(pending.flatMap((c) => c.ids));
    const marks: SceneMark[] = [];
    const badges: SceneClusterMark[] = [];
    const overflow = new Set<number>();
    const free = (box: Rect) => !hard.hits(box) && !soft.hits(box);
    const rooms: { box: Rect; importance: number }[] = [];
    const roomCost = (box: Rect) => rooms.reduce((max, room) => (overlaps(box, room.box) ? Math.max(max, room.importance) : max), 0);

    const placeBadge = (c: PendingBadge) => {
      const width = badgeWidth(c.count, theme);
      const centre = Math.min(Math.max(rules.x((c.start + c.end) / 2), rules.plotX0 + width / 2), rules.plotX1 - width / 2);
      const spread = Math.max(0, (rules.x(c.end) - rules.x(c.start)) / 2);
      const shifts = [0, -0.5, 0.5, -1, 1].map((f) => f * spread);
      for (const shift of shifts)
        for (let row = 0; row < rows; row++) {
          const cx = centre + shift;
          const box = { x0: cx - width / 2 - 1, x1: cx + width / 2 + 1, y0: rowY(row) - half + 0.5, y1: rowY(row) + half - 0.5 };
          if (box.x0 < rules.plotX0 - 2 || box.x1 > rules.plotX1 + 2 || !free(box)) continue;
          hard.add(box);
          badges.push({ key: `${lane.id}:${c.start}`, lane: lane.id, x: cx, y: rowY(row), width, height: theme.lane.rowHeight - 2, count: c.count, start: c.start, end: c.end, colour: lane.colour, ids: c.ids });
          return;
        }
      // No free spot anywhere near: its events are still counted, in the nearest badge, or in one of their own.
      const nearest = badges.reduce<SceneClusterMark | null>((best, b) => (!best || Math.abs(b.x - centre) < Math.abs(best.x - centre) ? b : best), null);
      if (nearest) Object.assign(nearest, { count: nearest.count + c.count, ids: [...nearest.ids, ...c.ids], start: Math.min(nearest.start, c.start), end: Math.max(nearest.end, c.end) });
      else badges.push({ key: `${lane.id}:${c.start}`, lane: lane.id, x: centre, y: rowY(0), width, height: theme.lane.rowHeight - 2, count: c.count, start: c.start, end: c.end, colour: lane.colour, ids: c.ids });
    };

    const placeMark = (item: TimelineItem) => {
      const shape = shapes.get(item.id)!;
      // An unverified mark's dotted outline reaches past its row: nothing in the rows beside it may sit under it.
      const boxIn = (row: number): Rect => {
        const box = { x0: shape.x0 - 1, x1: shape.x1 + 1, y0: rowY(row) - half + 0.5, y1: rowY(row) + half - 0.5 };
        if (item.unverified === undefined) return box;
        const outline = unverifiedOutline(shape, rowY(row));
        return { x0: Math.min(box.x0, outline.x0 - 1), x1: Math.max(box.x1, outline.x1 + 1), y0: Math.min(box.y0, outline.y0), y1: Math.max(box.y1, outline.y1) };
      };
      // A mark that will want a label takes the first row where its mark and its label (right, or left at the
      // plot's right edge) are both free, so important events spread over the rows rather than crowd one.
      const labelIn = wantsRoom(item, rules) ? (row: number) => preferredLabelBox(item, shape, rowY(row), rules) : null;
      let row = -1;
      for (let r = 0; r < rows && row === -1 && labelIn; r++) if (free(boxIn(r)) && free(labelIn(r))) row = r;
      const reserve = row !== -1;
      for (let r = 0; r < rows && row === -1; r++) if (free(boxIn(r))) row = r;
      // No row without someone's label room: take the row whose room belongs to the least important mark.
      // A minor event never takes a headline event's label room: it is counted in a badge instead.
      let cost = Infinity;
      for (let r = 0; r < rows && row === -1 && cost > 0; r++) if (!hard.hits(boxIn(r))) cost = Math.min(cost, roomCost(boxIn(r)));
      if (row === -1 && cost >= 3 && !isPinned(item, rules)) cost = Infinity;
      for (let r = 0; r < rows && row === -1 && cost < Infinity; r++) if (!hard.hits(boxIn(r)) && roomCost(boxIn(r)) === cost) row = r;
      if (row === -1) {
        if (!isPinned(item, rules)) {
          overflow.add(bin(item));
          return;
        }
        row = 0;
      }
      hard.add(boxIn(row));
      if (reserve && labelIn) {
        const room = labelIn(row);
        soft.add(room);
        rooms.push({ box: room, importance: item.id === rules.selectedId ? 9 : item.importance });
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
        y: rowY(row),
        size: shape.size,
        colour: lane.colour,
        after: rules.snapshot !== null && isAfterSnapshot(item.start, rules.snapshot),
        unverified: item.unverified !== undefined,
        dimmed: rules.numbers !== null && rules.numbers.size > 0 && number === null,
        number,
        item,
      });
    };

    for (const item of ranked) if (isPinned(item, rules)) placeMark(item);
    for (const c of pending) placeBadge(c);
    for (const item of ranked) if (!isPinned(item, rules) && !folded.has(item.id)) placeMark(item);
    return { marks, clusters: badges, overflow };
  };

  // Crowded bins fold into badges until everything has a row (a bin crowded only by pinned marks keeps them).
  let dense = new Set<number>();
  let laid = place(dense);
  for (let pass = 0; pass < 8 && laid.overflow.size > 0; pass++) {
    dense = new Set([...dense, ...laid.overflow]);
    laid = place(dense);
  }
  return { marks: laid.marks, clusters: laid.clusters };
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
  const lineX = rules.snapshot !== null && rules.snapshot >= +rules.x.domain()[0]! && rules.snapshot <= +rules.x.domain()[1]! ? rules.x(rules.snapshot) : null;
  for (const mark of ranked) {
    const lane = laneOf.get(mark.lane)!;
    const inside = (box: Rect) => box.x0 >= rules.plotX0 && box.x1 <= rules.plotX1 && box.y0 >= lane.y0 + 1 && box.y1 <= lane.y0 + lane.height - 1;
    const free = (box: Rect) => inside(box) && !index.hits(box, LABEL_CLEARANCE);
    // A label may cross the snapshot line only where its mark has no other place for the same words.
    const clear = (box: Rect) => lineX === null || box.x1 + LABEL_CLEARANCE < lineX || box.x0 - LABEL_CLEARANCE > lineX;
    const take = (label: SceneLabel) => {
      index.add(label.box);
      labels.push(label);
    };
    // A story's slide writes its step's numbers in discs; a slide with no story (a link's card) names its headline events.
    if ((theme.medium === "projector" || theme.medium === "slide") && rules.numbers) {
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
      take({ id: mark.id, lines: [String(mark.number)], x: spot[0], y: spot[1], anchor: "start", size: Math.round(theme.label.size[0]! * 0.8), weight: "bold", lineHeight: r * 2, box, after: mark.after, badge: true });
      continue;
    }
    const i = level(mark.importance);
    const wants = mark.importance >= theme.labelFrom || mark.number !== null || mark.id === rules.selectedId || (rules.matches?.has(mark.id) ?? false);
    if (!wants) continue;
    const size = theme.label.size[i]!;
    const weight = mark.id === rules.selectedId ? "bold" : theme.label.weight[i]!;
    const lh = size * theme.label.lineHeight;
    const gap = labelGap(mark.kind, theme);
    // Beside the mark, or beside its dotted outline when it is unverified.
    const { x0: left, x1: right } = mark.unverified ? unverifiedOutline(mark, mark.y) : mark;
    const texts = mark.number !== null && theme.medium === "print" ? [`${mark.number} ${labelOf(mark.item)}`, String(mark.number)] : [labelOf(mark.item)];
    for (const text of texts) {
      const one = [text];
      const two = wrapText(text, size, theme.label.maxWidth, theme.label.maxLines, weight);
      const options: SceneLabel[] = [];
      for (const lines of two && two.length > 1 ? [one, two] : [one]) {
        const width = Math.max(...lines.map((line) => measureText(line, size, weight)));
        const tall = (lines.length - 1) * lh;
        for (const [anchor, x] of [["start", right + gap], ["end", left - gap]] as const)
          for (const y of lines.length > 1 ? [mark.y, mark.y - tall] : [mark.y]) {
            const x0 = anchor === "start" ? x : x - width;
            options.push({ id: mark.id, lines, x, y, anchor, size, weight, lineHeight: lh, box: { x0, x1: x0 + width, y0: y - lh / 2, y1: y + tall + lh / 2 }, after: mark.after, badge: false });
          }
      }
      // A long bar or a month or year drawn across the window has no room beside it in the plot: its label goes
      // just above or below it, from where it shows. A mark with room beside it that others have taken does not
      // go there: it would take the row above or below from a label beside its own mark.
      const roomBeside = options.some((option) => option.box.x0 >= rules.plotX0 && option.box.x1 <= rules.plotX1);
      if (mark.kind !== "point" && !roomBeside) {
        const x = Math.max(left, rules.plotX0) + 2;
        for (const lines of two && two.length > 1 ? [one, two] : [one]) {
          const width = Math.max(...lines.map((line) => measureText(line, size, weight)));
          const tall = (lines.length - 1) * lh;
          for (const y of [mark.y - mark.size - gap - lh / 2 - tall, mark.y + mark.size + gap + lh / 2])
            options.push({ id: mark.id, lines, x, y, anchor: "start", size, weight, lineHeight: lh, box: { x0: x, x1: x + width, y0: y - lh / 2, y1: y + tall + lh / 2 }, after: mark.after, badge: false });
        }
      }
      const fits = options.find((option) => free(option.box) && clear(option.box)) ?? options.find((option) => free(option.box));
      if (fits) {
        take(fits);
        break;
      }
    }
  }
  return labels;
}

type MarkShape = Pick<SceneMark, "kind" | "x0" | "x1" | "cx" | "size">;

/**
 * The dotted outline drawn around an unverified mark, its stroke included: a ring around a dot, a rounded
 * box around a bar or a span. The layout keeps it clear of other marks and labels like the mark itself.
 */
export function unverifiedOutline(shape: MarkShape, y: number): Rect {
  if (shape.kind === "point") {
    const r = Math.max(shape.size, 4) + 3.5;
    return { x0: shape.cx - r, x1: shape.cx + r, y0: y - r, y1: y + r };
  }
  return { x0: shape.x0 - 3.5, x1: shape.x1 + 3.5, y0: y - shape.size - 3.5, y1: y + shape.size + 3.5 };
}

/** Where a pointer selects a mark on screen: its shape and 2 units around it, at least 24 units wide and tall about its middle. */
export function hitBox(mark: Pick<SceneMark, "x0" | "x1" | "y">): Rect {
  const mid = (mark.x0 + mark.x1) / 2;
  return { x0: Math.min(mark.x0 - 2, mid - 12), x1: Math.max(mark.x1 + 2, mid + 12), y0: mark.y - 12, y1: mark.y + 12 };
}

export function markBox(mark: SceneMark): Rect {
  const box = { x0: mark.x0 - 1, x1: mark.x1 + 1, y0: mark.y - Math.max(mark.size, 4) - 1, y1: mark.y + Math.max(mark.size, 4) + 1 };
  if (!mark.unverified) return box;
  const outline = unverifiedOutline(mark, mark.y);
  return { x0: Math.min(box.x0, outline.x0 - 1), x1: Math.max(box.x1, outline.x1 + 1), y0: Math.min(box.y0, outline.y0), y1: Math.max(box.y1, outline.y1) };
}

export function clusterBox(cluster: SceneClusterMark): Rect {
  return { x0: cluster.x - cluster.width / 2, x1: cluster.x + cluster.width / 2, y0: cluster.y - cluster.height / 2, y1: cluster.y + cluster.height / 2 };
}

export type { RectIndex };
