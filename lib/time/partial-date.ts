import type { Precision } from "../schema/primitives";

export interface DateParts {
  year: number;
  /** 1–12 */
  month?: number;
  /** 1–31 */
  day?: number;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** UTC midnight of a calendar day. Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not. */
function utcDay(year: number, monthIndex: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

export function precisionOf(value: string): Precision | null {
  const match = PATTERN.exec(value);
  if (!match) return null;
  return match[3] ? "day" : match[2] ? "month" : "year";
}

/** Parses YYYY, YYYY-MM or YYYY-MM-DD; null unless it names a real calendar date. */
export function parsePartialDate(value: string): DateParts | null {
  const match = PATTERN.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined && month !== undefined) {
    const probe = new Date(utcDay(year, month - 1, day));
    if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  }
  return { year, month, day };
}

/** The whole span a partial date covers, as [start, end) in UTC milliseconds. */
export function partialDateInterval(value: string): [number, number] {
  const parts = parsePartialDate(value);
  if (!parts) throw new RangeError(`Not a valid date: ${value}`);
  const { year, month, day } = parts;
  if (month === undefined) return [utcDay(year, 0, 1), utcDay(year + 1, 0, 1)];
  if (day === undefined) return [utcDay(year, month - 1, 1), utcDay(year, month, 1)];
  return [utcDay(year, month - 1, day), utcDay(year, month - 1, day + 1)];
}

/** The interval an event occupies: from the start of `date` to the end of `end` (or of `date`). */
export function eventInterval(event: { date: string; end?: string }): [number, number] {
  const [start, firstEnd] = partialDateInterval(event.date);
  const end = event.end === undefined ? firstEnd : partialDateInterval(event.end)[1];
  return [start, end];
}

export const DAY_MS = 86_400_000;

/** "2025-04-19" for a UTC millisecond time. */
export function toIsoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Parses a strict YYYY-MM-DD into UTC midnight milliseconds, or null. */
export function parseIsoDay(value: string | null | undefined): number | null {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  if (!parsePartialDate(value)) return null;
  return partialDateInterval(value)[0];
}
