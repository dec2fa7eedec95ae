import type { Precision } from "../schema/primitives";

/** Date.UTC, except that years 0–99 mean what they say (Date.UTC maps them to 1900–1999). */
export function utc(year: number, monthIndex: number, day = 1, hours = 0, minutes = 0): number {
  if (year >= 100) return Date.UTC(year, monthIndex, day, hours, minutes);
  // 2000 years on is the same place in the 400-year leap cycle; then step back.
  const date = new Date(Date.UTC(year + 2000, monthIndex, day, hours, minutes));
  date.setUTCFullYear(date.getUTCFullYear() - 2000);
  return date.getTime();
}

export interface DateParts {
  year: number;
  /** 1–12 */
  month?: number;
  /** 1–31 */
  day?: number;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

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
    const probe = new Date(utc(year, month - 1, day));
    if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  }
  return { year, month, day };
}

/** The whole span a partial date covers, as [start, end) in UTC milliseconds. */
export function partialDateInterval(value: string): [number, number] {
  const parts = parsePartialDate(value);
  if (!parts) throw new RangeError(`Not a valid date: ${value}`);
  const { year, month, day } = parts;
  if (month === undefined) return [utc(year, 0, 1), utc(year + 1, 0, 1)];
  if (day === undefined) return [utc(year, month - 1, 1), utc(year, month, 1)];
  return [utc(year, month - 1, day), utc(year, month - 1, day + 1)];
}

/** The interval an event occupies: from the start of `date` to the end of `end` (or of `date`). */
export function eventInterval(event: { date: string; end?: string }): [number, number] {
  const [start, firstEnd] = partialDateInterval(event.date);
  const end = event.end === undefined ? firstEnd : partialDateInterval(event.end)[1];
  return [start, end];
}

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;

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

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})Z?)?$/;

/** A window edge as the URL writes it: "2025-06-21" (UTC midnight) or "2025-06-21T18:30Z". Null unless real. */
export function parseIsoInstant(value: string | null | undefined): number | null {
  const match = typeof value === "string" ? INSTANT.exec(value) : null;
  if (!match) return null;
  const day = parseIsoDay(`${match[1]}-${match[2]}-${match[3]}`);
  if (day === null) return null;
  if (match[4] === undefined) return day;
  const hours = Number(match[4]);
  const minutes = Number(match[5]);
  if (hours > 23 || minutes > 59) return null;
  return day + hours * HOUR_MS + minutes * 60_000;
}

/** The URL form of a window edge: the day alone at UTC midnight, else to the minute. */
export function toIsoInstant(ms: number): string {
  const iso = new Date(ms).toISOString();
  return ms % DAY_MS === 0 ? iso.slice(0, 10) : `${iso.slice(0, 16)}Z`;
}
