import type { ScaleTime } from "d3-scale";
import { createAxisTicks, createContextTicks } from "../time/ticks";
import { measureText } from "./text";
import type { AxisTickMark } from "./types";

const GAP = 10;

/** Keeps ticks whose labels fit inside [x0, x1] without touching the one before. */
function fit(ticks: AxisTickMark[], size: number, x0: number, x1: number, bold = false): AxisTickMark[] {
  const kept: AxisTickMark[] = [];
  let right = -Infinity;
  for (const tick of ticks) {
    const width = measureText(tick.label, size, bold ? "bold" : "normal");
    const left = tick.anchor === "start" ? tick.labelX : tick.anchor === "middle" ? tick.labelX - width / 2 : tick.labelX - width;
    if (left < x0 - 1 || left + width > x1 + 1 || left < right + GAP) continue;
    kept.push(tick);
    right = left + width;
  }
  return kept;
}

/**
 * The time axis of one scene: the finest ticks whose labels fit (decades to days), labels measured
 * by the figure's one text rule so none collide or clip, and a context row (the year under months,
 * the month under days) whose first entry always names where the window starts.
 */
export function createAxis(x: ScaleTime<number, number>, size: number, contextSize: number, compact: boolean) {
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
  const context = createContextTicks(x, unit).map((tick, i) => {
    const at = x(tick.ms);
    return { ms: tick.ms, x: at, labelX: (i === 0 ? Math.max(at, x0) : at) + 3, label: tick.label, anchor: "start" as const };
  });
  return { ticks, context: fit(context, contextSize, x0, x1, true), unit };
}
