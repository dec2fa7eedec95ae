import type { TimeScale } from "./scale";
import { utcDay, utcHour, utcMinute, utcMonday, utcMonth, utcYear, type CountableTimeInterval } from "d3-time";
import { formatInZone } from "./pattern";

export type TickUnit = "decade" | "year" | "month" | "day" | "hour" | "minute";

export interface AxisTick {
  ms: number;
  label: string;
  unit: TickUnit;
}

interface Candidate {
  unit: TickUnit;
  interval: CountableTimeInterval;
  step: number;
  /** Milliseconds of one step, to count ticks without listing them. */
  ms: number;
  pattern: string;
  width: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

// Each candidate: a unit, a step and the label width it needs, from coarse to fine. Hours start at 6 h steps:
// a wider window reads better as days, with no run of 00:00 / 12:00 labels.
const CANDIDATES: Candidate[] = [
  { unit: "decade", interval: utcYear, step: 100, ms: 36524 * DAY, pattern: "yyyy", width: 44 },
  { unit: "decade", interval: utcYear, step: 50, ms: 18262 * DAY, pattern: "yyyy", width: 44 },
  { unit: "decade", interval: utcYear, step: 20, ms: 7305 * DAY, pattern: "yyyy", width: 44 },
  { unit: "decade", interval: utcYear, step: 10, ms: 3652 * DAY, pattern: "yyyy", width: 44 },
  { unit: "year", interval: utcYear, step: 5, ms: 1826 * DAY, pattern: "yyyy", width: 44 },
  { unit: "year", interval: utcYear, step: 2, ms: 730 * DAY, pattern: "yyyy", width: 44 },
  { unit: "year", interval: utcYear, step: 1, ms: 365 * DAY, pattern: "yyyy", width: 44 },
  { unit: "month", interval: utcMonth, step: 6, ms: 182 * DAY, pattern: "MMM yyyy", width: 70 },
  { unit: "month", interval: utcMonth, step: 3, ms: 91 * DAY, pattern: "MMM yyyy", width: 70 },
  { unit: "month", interval: utcMonth, step: 1, ms: 30 * DAY, pattern: "MMM yyyy", width: 70 },
  { unit: "day", interval: utcMonday, step: 1, ms: 7 * DAY, pattern: "d MMM", width: 48 },
  { unit: "day", interval: utcDay, step: 2, ms: 2 * DAY, pattern: "d MMM", width: 48 },
  { unit: "day", interval: utcDay, step: 1, ms: DAY, pattern: "d MMM", width: 48 },
  { unit: "hour", interval: utcHour, step: 6, ms: 6 * HOUR, pattern: "HH:mm", width: 36 },
  { unit: "hour", interval: utcHour, step: 3, ms: 3 * HOUR, pattern: "HH:mm", width: 36 },
  { unit: "hour", interval: utcHour, step: 1, ms: HOUR, pattern: "HH:mm", width: 36 },
  { unit: "minute", interval: utcMinute, step: 30, ms: 30 * 60_000, pattern: "HH:mm", width: 36 },
  { unit: "minute", interval: utcMinute, step: 15, ms: 15 * 60_000, pattern: "HH:mm", width: 36 },
  { unit: "minute", interval: utcMinute, step: 5, ms: 5 * 60_000, pattern: "HH:mm", width: 36 },
  { unit: "minute", interval: utcMinute, step: 1, ms: 60_000, pattern: "HH:mm", width: 36 },
];

function label(ms: number, pattern: string): string {
  return formatInZone(ms, pattern, "UTC");
}

// Steps of hours and minutes count from midnight and the full hour, so ticks read 00:00, 06:00, 12:00 … (d3's every()).
function tickInterval(chosen: Candidate) {
  if (chosen.unit === "decade" || chosen.unit === "year") return utcYear.filter((d) => d.getUTCFullYear() % chosen.step === 0);
  return chosen.interval.every(chosen.step)!;
}

/**
 * Semantic ticks on the UTC axis: the finest unit whose labels still fit without overlapping
 * (decades → years → months → days → hours → minutes), labelled with lib/time/pattern.ts.
 */
export function createAxisTicks(scale: TimeScale, minGap = 12): AxisTick[] {
  const [d0, d1] = scale.domain() as [Date, Date];
  const [r0, r1] = scale.range() as [number, number];
  const pixels = Math.abs(r1 - r0);
  const span = +d1 - +d0;
  let chosen = CANDIDATES[0]!;
  for (const candidate of CANDIDATES) {
    const count = span / candidate.ms;
    if (count >= 1 && pixels / count < candidate.width + minGap) break;
    chosen = candidate;
  }
  // Every-other-day ticks restart on each 1st, so the 31st and the 1st can sit a day apart: keep the first of such a pair.
  let last = -Infinity;
  return tickInterval(chosen)
    .range(d0, new Date(+d1 + 1))
    .filter((d) => {
      const x = scale(d);
      if (Math.abs(x - last) < chosen.width) return false;
      last = x;
      return true;
    })
    .map((d) => ({ ms: +d, label: label(+d, chosen.pattern), unit: chosen.unit }));
}

const CONTEXT: Partial<Record<TickUnit, { interval: CountableTimeInterval; pattern: string; unit: TickUnit }>> = {
  month: { interval: utcYear, pattern: "yyyy", unit: "year" },
  day: { interval: utcMonth, pattern: "MMMM yyyy", unit: "month" },
  hour: { interval: utcDay, pattern: "EEE d MMMM yyyy 'UTC'", unit: "day" },
  minute: { interval: utcDay, pattern: "EEE d MMMM yyyy 'UTC'", unit: "day" },
};

/**
 * The coarser context row under fine ticks: years under months, months under days, the day (on the UTC clock)
 * under hours and minutes; nothing under years. The first entry is the period the window starts in,
 * so the row always says where you are.
 */
export function createContextTicks(scale: TimeScale, unit: TickUnit): AxisTick[] {
  const context = CONTEXT[unit];
  if (!context) return [];
  const [d0, d1] = scale.domain() as [Date, Date];
  const { interval, pattern } = context;
  return [interval.floor(d0), ...interval.range(interval.ceil(new Date(+d0 + 1)), d1)].map((d) => ({ ms: +d, label: label(+d, pattern), unit: context.unit }));
}
