import type { ScaleTime } from "d3-scale";
import { utcDay, utcMonth, utcYear, type CountableTimeInterval } from "d3-time";
import { format } from "date-fns";

export type TickUnit = "decade" | "year" | "month" | "day";

export interface AxisTick {
  ms: number;
  label: string;
  unit: TickUnit;
}

// Each candidate: a unit, a step and the label width it needs, from coarse to fine.
const CANDIDATES: { unit: TickUnit; interval: CountableTimeInterval; step: number; pattern: string; width: number }[] = [
  { unit: "decade", interval: utcYear, step: 10, pattern: "yyyy", width: 44 },
  { unit: "year", interval: utcYear, step: 5, pattern: "yyyy", width: 44 },
  { unit: "year", interval: utcYear, step: 2, pattern: "yyyy", width: 44 },
  { unit: "year", interval: utcYear, step: 1, pattern: "yyyy", width: 44 },
  { unit: "month", interval: utcMonth, step: 6, pattern: "MMM yyyy", width: 70 },
  { unit: "month", interval: utcMonth, step: 3, pattern: "MMM yyyy", width: 70 },
  { unit: "month", interval: utcMonth, step: 1, pattern: "MMM yyyy", width: 70 },
  { unit: "day", interval: utcDay, step: 7, pattern: "d MMM", width: 48 },
  { unit: "day", interval: utcDay, step: 2, pattern: "d MMM", width: 48 },
  { unit: "day", interval: utcDay, step: 1, pattern: "d MMM", width: 48 },
];

function label(ms: number, pattern: string): string {
  const d = new Date(ms);
  return format(new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()), pattern);
}

/**
 * Semantic ticks: the finest unit whose labels still fit without overlapping
 * (decades → years → months → days), labelled with date-fns.
 */
export function createAxisTicks(scale: ScaleTime<number, number>, minGap = 12): AxisTick[] {
  const [d0, d1] = scale.domain() as [Date, Date];
  const [r0, r1] = scale.range() as [number, number];
  const pixels = Math.abs(r1 - r0);
  let chosen = CANDIDATES[0]!;
  for (const candidate of CANDIDATES) {
    const every = candidate.interval.every(candidate.step);
    if (!every) continue;
    const count = every.range(d0, d1).length;
    if (count > 0 && pixels / count < candidate.width + minGap) break;
    chosen = candidate;
  }
  const interval =
    chosen.unit === "day" || chosen.unit === "month"
      ? chosen.interval.every(chosen.step)!
      : utcYear.filter((d) => d.getUTCFullYear() % chosen.step === 0);
  return interval.range(d0, new Date(+d1 + 1)).map((d) => ({ ms: +d, label: label(+d, chosen.pattern), unit: chosen.unit }));
}

/**
 * The coarser context row under fine ticks: years under months, months under days (nothing otherwise).
 * The first entry is the period the window starts in, so the row always says where you are.
 */
export function createContextTicks(scale: ScaleTime<number, number>, unit: TickUnit): AxisTick[] {
  if (unit !== "month" && unit !== "day") return [];
  const [d0, d1] = scale.domain() as [Date, Date];
  const interval = unit === "month" ? utcYear : utcMonth;
  const pattern = unit === "month" ? "yyyy" : "MMMM yyyy";
  const context: TickUnit = unit === "month" ? "year" : "month";
  return [interval.floor(d0), ...interval.range(interval.ceil(new Date(+d0 + 1)), d1)].map((d) => ({ ms: +d, label: label(+d, pattern), unit: context }));
}
