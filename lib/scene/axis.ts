import type { TimeScale } from "../time/scale";
import { createAxisTicks, createContextTicks } from "../time/ticks";
import { measureText } from "./text";
import type { AxisTickMark } from "./types";

const GAP = 10;

/** Keeps ticks whose labels fit inside [x0, x1] without touching the one before. */
function fit(ticks: AxisTickMark[], size: number, x0: number, x1: number): AxisTickMark[] {
  const kept: AxisTickMark[] = [];
  let right = -Infinity;
  for (const tick of ticks) {
    const width = measureText(tick.label, size);
    const left = tick.anchor === "start" ? tick.labelX : tick.anchor === "middle" ? tick.labelX - width / 2 : tick.labelX - width;
    if (left < x0 - 1 || left + width > x1 + 1 || left < right + GAP) continue;
    kept.push(tick);
    right = left + width;
  }
  return kept;
}

interface Slot {
  tick: AxisTickMark;
  width: number;
  /** The fine ticks of this period that are drawn. */
  own: AxisTickMark[];
  lo: number;
  hi: number;
  want: number;
}

/**
 * Where each context label stands. A label is true for the ticks after it up to the next one, so the
 * label of a period that has ticks must start after the last tick label of the periods before it and
 * at or before its own first tick; it sits at its boundary when it can, else it moves as little as it
 * must. A period without ticks gets its label only where it fits. When two labels with ticks cannot
 * both stand, the ticks of the period with fewer of them are left out: a tick is drawn only where the
 * row above it tells its year (month, day) right.
 */
function placeContext(x: TimeScale, periods: AxisTickMark[], ticks: AxisTickMark[], size: number, tickSize: number, x0: number, x1: number) {
  let shown = ticks;
  const tickRight = (tick: AxisTickMark) => tick.labelX + measureText(tick.label, tickSize);
  for (;;) {
    const slots: Slot[] = periods.map((period, i) => {
      const next = periods[i + 1]?.ms ?? Infinity;
      const own = shown.filter((tick) => tick.ms >= period.ms && tick.ms < next);
      const before = shown.filter((tick) => tick.ms < period.ms).at(-1);
      const width = measureText(period.label, size, "bold");
      const lo = Math.max(x0, before ? tickRight(before) + 2 : -Infinity);
      const hi = Math.min(x1 - width, own[0]?.labelX ?? Infinity);
      return { tick: period, width, own, lo, hi, want: Math.max(x(period.ms), x0) + 3 };
    });
    const placed = new Map<number, number>();
    let right = -Infinity;
    let last = -1;
    let drop: number | null = null;
    slots.forEach((slot, i) => {
      if (drop !== null || slot.own.length === 0) return;
      const at = Math.max(Math.min(slot.want, slot.hi), slot.lo, right + GAP);
      if (at <= slot.hi + 0.01) {
        placed.set(i, at);
        right = at + slot.width;
        last = i;
        return;
      }
      // This label cannot stand: alone (no room between its neighbours' ticks) or beside the one before it.
      const previous = last >= 0 ? slots[last]! : null;
      const alone = Math.max(Math.min(slot.want, slot.hi), slot.lo) > slot.hi + 0.01;
      if (alone || !previous) drop = i;
      else if (previous.own.length !== slot.own.length) drop = previous.own.length < slot.own.length ? last : i;
      else drop = last === 0 ? last : i;
    });
    if (drop !== null) {
      const gone = new Set(slots[drop]!.own);
      shown = shown.filter((tick) => !gone.has(tick));
      continue;
    }
    // Periods without ticks of their own: named where the label fits between the ones that stand.
    const order = [...placed.keys()];
    slots.forEach((slot, i) => {
      if (slot.own.length > 0) return;
      const leftIndex = order.filter((j) => j < i).at(-1);
      const rightIndex = order.find((j) => j > i);
      const leftEdge = leftIndex === undefined ? -Infinity : placed.get(leftIndex)! + slots[leftIndex]!.width + GAP;
      const rightEdge = rightIndex === undefined ? x1 + 1 : placed.get(rightIndex)! - GAP;
      const at = Math.max(Math.min(slot.want, slot.hi), slot.lo, leftEdge);
      if (at + slot.width > rightEdge || at > slot.hi + 0.01) return;
      placed.set(i, at);
      order.push(i);
      order.sort((a, b) => a - b);
    });
    const context = [...placed].sort((a, b) => a[0] - b[0]).map(([i, at]) => ({ ...slots[i]!.tick, labelX: at }));
    return { ticks: shown, context };
  }
}

/**
 * The time axis of one scene: the finest ticks whose labels fit (decades to minutes), labels measured
 * by the figure's one text rule so none collide or clip, and a context row (the year under months,
 * the month under days, the day under hours) whose labels are always true for the ticks below them.
 */
export function createAxis(x: TimeScale, size: number, contextSize: number, compact: boolean) {
  const [x0, x1] = x.range() as [number, number];
  const raw = createAxisTicks(x, compact ? 6 : 14).filter((tick) => x(tick.ms) >= x0 - 0.5 && x(tick.ms) <= x1 + 0.5);
  const unit = raw[0]?.unit ?? "year";
  const fine = unit !== "year" && unit !== "decade";
  const ticks = fit(
    raw.map((tick) => {
      const at = x(tick.ms);
      return { ms: tick.ms, x: at, labelX: fine ? at + 3 : at, label: fine ? tick.label.replace(/ \d{4}$/, "") : tick.label, anchor: fine ? ("start" as const) : ("middle" as const) };
    }),
    size,
    x0,
    x1,
  );
  if (!fine) return { ticks, context: [], unit };
  const periods = createContextTicks(x, unit).map((tick) => ({ ms: tick.ms, x: x(tick.ms), labelX: x(tick.ms) + 3, label: tick.label, anchor: "start" as const }));
  return { ...placeContext(x, periods, ticks, contextSize, size, x0, x1), unit };
}
