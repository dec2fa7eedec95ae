import { TZDate, tzOffset } from "@date-fns/tz";
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
  /** 0–23, only in a timed date */
  hour?: number;
  /** 0–59, only in a minute-precise date */
  minute?: number;
  /** The written UTC offset ("+03:30", "Z" → "+00:00"), when the value carries one. */
  offset?: string;
}

// YYYY[-MM[-DD[THH[:mm][Z|±HH:MM]]]]: the written form carries the precision.
const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

export const TIMED_PRECISIONS: readonly Precision[] = ["hour", "minute"];

/** Hour and minute precision name instants; day, month and year name calendar periods. */
export function isTimed(precision: Precision): boolean {
  return precision === "hour" || precision === "minute";
}

export function precisionOf(value: string): Precision | null {
  const match = PATTERN.exec(value);
  if (!match) return null;
  if (match[5]) return "minute";
  if (match[4]) return "hour";
  return match[3] ? "day" : match[2] ? "month" : "year";
}

function validOffset(offset: string): boolean {
  if (offset === "Z") return true;
  const hours = Number(offset.slice(1, 3));
  const minutes = Number(offset.slice(4, 6));
  return minutes < 60 && hours * 60 + minutes <= 14 * 60;
}

/**
 * Parses YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDTHH or YYYY-MM-DDTHH:mm, the timed forms with an optional
 * offset (Z or ±HH:MM); null unless it names a real calendar date and clock time.
 */
export function parsePartialDate(value: string): DateParts | null {
  const match = PATTERN.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi, offset] = match;
  const year = Number(y);
  const month = mo === undefined ? undefined : Number(mo);
  const day = d === undefined ? undefined : Number(d);
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined && month !== undefined) {
    const probe = new Date(utc(year, month - 1, day));
    if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  }
  const parts: DateParts = { year, month, day };
  if (h === undefined) return parts;
  parts.hour = Number(h);
  if (parts.hour > 23) return null;
  if (mi !== undefined) {
    parts.minute = Number(mi);
    if (parts.minute > 59) return null;
  }
  if (offset !== undefined) {
    if (!validOffset(offset)) return null;
    parts.offset = offset === "Z" ? "+00:00" : offset;
  }
  return parts;
}

/** The instant a timed date names, read in its own offset or else in `zone`; null when it has neither. */
function timedInstant(parts: DateParts, zone: string | undefined): number | null {
  const where = parts.offset ?? zone;
  if (where === undefined) return null;
  return +new TZDate(parts.year, parts.month! - 1, parts.day!, parts.hour!, parts.minute ?? 0, where);
}

const UNIT_MS = { hour: 3_600_000, minute: 60_000 } as const;

/**
 * The whole span a date covers, as [start, end) in UTC milliseconds: a calendar year, month or day
 * (no zone), or an instant's hour or minute (in its own offset, else in `zone`).
 */
export function partialDateInterval(value: string, zone?: string): [number, number] {
  const parts = parsePartialDate(value);
  if (!parts) throw new RangeError(`Not a valid date: ${value}`);
  const { year, month, day, hour, minute } = parts;
  if (hour !== undefined) {
    const start = timedInstant(parts, zone);
    if (start === null) throw new RangeError(`A time of day needs a UTC offset or a time zone: ${value}`);
    return [start, start + UNIT_MS[minute === undefined ? "hour" : "minute"]];
  }
  if (month === undefined) return [utc(year, 0, 1), utc(year + 1, 0, 1)];
  if (day === undefined) return [utc(year, month - 1, 1), utc(year, month, 1)];
  return [utc(year, month - 1, day), utc(year, month - 1, day + 1)];
}

/** The interval an event occupies: from the start of `date` to the end of `end` (or of `date`). */
export function eventInterval(event: { date: string; end?: string; zone?: string }): [number, number] {
  const [start, firstEnd] = partialDateInterval(event.date, event.zone);
  const end = event.end === undefined ? firstEnd : partialDateInterval(event.end, event.zone)[1];
  return [start, end];
}

/**
 * What is wrong with a timed date read in `zone`, or null: no offset and no zone, a clock time the zone skips
 * (a daylight-saving gap, where 02:30 never happens), or an offset the zone does not have at that moment.
 */
export function timedDateProblem(value: string, zone: string | undefined): string | null {
  const parts = parsePartialDate(value);
  if (!parts || parts.hour === undefined) return null;
  if (parts.offset === undefined && zone === undefined)
    return `"${value}" has a time of day but no UTC offset: add one (…+03:30, …Z) or give the event a zone`;
  if (zone === undefined) return null;
  const instant = timedInstant(parts, zone)!;
  if (parts.offset !== undefined) {
    const minutes = tzOffset(zone, new Date(instant));
    const sign = parts.offset[0] === "-" ? -1 : 1;
    const written = sign * (Number(parts.offset.slice(1, 3)) * 60 + Number(parts.offset.slice(4, 6)));
    return minutes === written ? null : `"${value}": offset ${parts.offset} is not the offset of ${zone} at that time`;
  }
  const back = new TZDate(instant, zone);
  const exists = back.getDate() === parts.day && back.getHours() === parts.hour && back.getMinutes() === (parts.minute ?? 0);
  return exists ? null : `"${value}" does not exist in ${zone} (the clocks skip it)`;
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
