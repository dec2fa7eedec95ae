import type { Precision } from "../schema/primitives";
import { eventInterval, isTimed, parsePartialDate, type DateParts } from "./partial-date";
import { formatFields, formatInZone } from "./pattern";
import { isUtcZone, zoneLabel } from "./zones";

/** What the formatters read from an event. `zone` only matters for hour and minute precision. */
export interface DatedEvent {
  date: string;
  precision: Precision;
  end?: string;
  zone?: string;
}

// A local Date built from the parts keeps output independent of TZ.
// setFullYear, not the constructor, which reads years 0–99 as 1900–1999.
function localDate(parts: DateParts): Date {
  const date = new Date(2000, 0, 1);
  date.setFullYear(parts.year, (parts.month ?? 1) - 1, parts.day ?? 1);
  return date;
}

function parts(value: string): DateParts {
  const parsed = parsePartialDate(value);
  if (!parsed) throw new RangeError(`Not a valid date: ${value}`);
  return parsed;
}

const LONG: Record<"day" | "month" | "year", string> = { day: "d MMMM yyyy", month: "MMMM yyyy", year: "yyyy" };
const SHORT: Record<"day" | "month" | "year", string> = { day: "d MMM yyyy", month: "MMM yyyy", year: "yyyy" };

/** The zone a timed event is shown in: its `zone`, else the offset its date is written with, else UTC. */
export function displayZone(event: Pick<DatedEvent, "date" | "zone">): string {
  return event.zone ?? parsePartialDate(event.date)?.offset ?? "UTC";
}

type Style = "long" | "short";

/**
 * A span of instants [start, end) on the clock of `zone`: "22 June 2025, 02:30", "21 June, 23:00 – 22 June 2025, 00:30".
 * `end` is null for a single minute; an hour-precise span is written as its hours ("02:00–03:00").
 */
function formatClockSpan(start: number, end: number | null, zone: string, style: Style, withYear = true): string {
  const dayPattern = style === "long" ? "d MMMM" : "d MMM";
  const day = (ms: number, year: boolean) => formatInZone(ms, year ? `${dayPattern} yyyy` : dayPattern, zone);
  const clock = (ms: number) => formatInZone(ms, "HH:mm", zone);
  if (end === null) return `${day(start, withYear)}, ${clock(start)}`;
  const sameYear = formatInZone(start, "yyyy", zone) === formatInZone(end, "yyyy", zone);
  const sameDay = formatInZone(start, "yyyy-MM-dd", zone) === formatInZone(end, "yyyy-MM-dd", zone);
  // An hour that ends at midnight ends at 24:00 of its own day, not at 00:00 of the next.
  const endsAtMidnight = clock(end) === "00:00" && formatInZone(end - 1, "yyyy-MM-dd", zone) === formatInZone(start, "yyyy-MM-dd", zone);
  if (sameDay || endsAtMidnight) return `${day(start, withYear)}, ${clock(start)}–${endsAtMidnight ? "24:00" : clock(end)}`;
  return `${day(start, withYear && !sameYear)}, ${clock(start)} – ${day(end, withYear)}, ${clock(end)}`;
}

/** [start, end-to-show] of a timed event: a minute event shows its written times, an hour event its whole hours. */
function clockSpan(event: DatedEvent): [number, number | null] {
  const [start, end] = eventInterval(event);
  if (event.precision === "hour") return [start, end];
  return end - start <= 60_000 ? [start, null] : [start, end - 60_000];
}

function formatTimed(event: DatedEvent, style: Style): string {
  const zone = displayZone(event);
  const [start, end] = clockSpan(event);
  return `${formatClockSpan(start, end, zone, style)} ${zoneLabel(zone)}`;
}

/** "14 July 2015", "April 2025", "2016" or "22 June 2025, 02:30 Tehran" — never more exact than the data. */
export function formatPartialDate(value: string, precision: Precision, zone?: string): string {
  if (isTimed(precision)) return formatTimed({ date: value, precision, zone }, "long");
  return formatFields(localDate(parts(value)), LONG[precision as keyof typeof LONG]);
}

/**
 * Precision-aware date of an event, on its own clock: "13–14 April 2024", "April–June 2025", "2016–2018",
 * "22 June 2025, 02:30 Tehran", "22 June 2025, 19:00–21:00 UTC".
 */
export function formatEventDate(event: DatedEvent): string {
  const { date, precision, end } = event;
  if (isTimed(precision)) return formatTimed(event, "long");
  if (end === undefined || end === date) return formatPartialDate(date, precision);
  const a = parts(date);
  const b = parts(end);
  const sameYear = a.year === b.year;
  if (precision === "year") return `${a.year}–${b.year}`;
  if (precision === "month") {
    return sameYear
      ? `${formatFields(localDate(a), "MMMM")}–${formatFields(localDate(b), "MMMM yyyy")}`
      : `${formatPartialDate(date, "month")} – ${formatPartialDate(end, "month")}`;
  }
  if (sameYear && a.month === b.month) return `${a.day}–${formatFields(localDate(b), "d MMMM yyyy")}`;
  if (sameYear) return `${formatFields(localDate(a), "d MMMM")} – ${formatFields(localDate(b), "d MMMM yyyy")}`;
  return `${formatPartialDate(date, "day")} – ${formatPartialDate(end, "day")}`;
}

/** The same moment in UTC, for hover: "21 June 2025, 23:00 UTC"; null for calendar dates and UTC events. */
export function formatEventDateUtc(event: DatedEvent): string | null {
  if (!isTimed(event.precision) || isUtcZone(displayZone(event))) return null;
  const [start, end] = clockSpan(event);
  return `${formatClockSpan(start, end, "UTC", "long")} UTC`;
}

/**
 * For the report, both clocks: "22 June 2025, 02:30 Tehran (21 June, 23:00 UTC)". The UTC part names its year
 * only when the two clocks are in different years.
 */
export function formatEventDateWithUtc(event: DatedEvent): string {
  const own = formatEventDate(event);
  if (!isTimed(event.precision) || isUtcZone(displayZone(event))) return own;
  const [start, end] = clockSpan(event);
  const zone = displayZone(event);
  const sameYear = formatInZone(start, "yyyy", zone) === formatInZone(start, "yyyy", "UTC");
  return `${own} (${formatClockSpan(start, end, "UTC", "long", !sameYear)} UTC)`;
}

/** Short form for tables and tooltips: "14 Jul 2015", "Apr 2025", "2016", "22 Jun 2025, 02:30 Tehran". */
export function formatShortDate(value: string, precision: Precision, zone?: string): string {
  if (isTimed(precision)) return formatTimed({ date: value, precision, zone }, "short");
  return formatFields(localDate(parts(value)), SHORT[precision as keyof typeof SHORT]);
}

/** An instant on the UTC clock: "27 November 2026, 09:52 UTC". */
export function formatUtcInstant(ms: number): string {
  return `${formatClockSpan(ms, null, "UTC", "long")} UTC`;
}

/** A valid HTML `datetime` value: the written date for calendar dates, the UTC instant ("2025-06-21T23:00Z") for times. */
export function machineDate(event: Pick<DatedEvent, "date" | "precision" | "zone">): string {
  if (!isTimed(event.precision)) return event.date;
  return `${new Date(eventInterval(event)[0]).toISOString().slice(0, 16)}Z`;
}

/** From this span on, a window is written by the days it touches; a shorter one to the minute. */
const WINDOW_DAYS_FROM_MS = 7 * 86_400_000;

/**
 * A window as its edges read, as exact as its span needs (the URL keeps every minute): whole days as
 * "1 Jan 2015 – 31 Dec 2025" (the last included); a week or more by the days it touches, so a window a
 * gesture left at 14:23 reads "3 Mar 2015 – 17 Jun 2025"; a shorter one to the minute in UTC, its day or
 * year written once: "22 Jun 2025 02:00–04:30 UTC", "21 Jun 18:00 – 22 Jun 2025 04:00 UTC".
 */
export function formatWindow([from, to]: readonly [number, number]): string {
  const day = 86_400_000;
  const short = (ms: number) => formatInZone(ms, "d MMM yyyy", "UTC");
  const aligned = from % day === 0 && to % day === 0;
  if (aligned || to - from >= WINDOW_DAYS_FROM_MS) {
    const last = aligned ? to - day : to - 1;
    return short(from) === short(last) ? short(from) : `${short(from)} – ${short(last)}`;
  }
  const time = (ms: number) => formatInZone(ms, "HH:mm", "UTC");
  if (short(from) === short(to)) return `${short(from)} ${time(from)}–${time(to)} UTC`;
  const sameYear = formatInZone(from, "yyyy", "UTC") === formatInZone(to, "yyyy", "UTC");
  return `${sameYear ? formatInZone(from, "d MMM", "UTC") : short(from)} ${time(from)} – ${short(to)} ${time(to)} UTC`;
}
