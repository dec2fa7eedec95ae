import type { Precision } from "../schema/primitives";
import { formatPartialDate } from "../time/format";
import { parsePartialDate } from "../time/partial-date";

/** A TimelineJS date object; values may be numbers or strings ("1900", "01", ""). */
export interface TlDate {
  year?: unknown;
  month?: unknown;
  day?: unknown;
  hour?: unknown;
  minute?: unknown;
  second?: unknown;
  millisecond?: unknown;
  display_date?: unknown;
}

/** Where each part of a date is written, for messages: "start_date.month" in JSON, "End Month" in the sheet. */
export type DateColumns = (which: "start" | "end", part: "year" | "month" | "day" | "hour" | "minute") => string;

export interface FieldProblem {
  column: string;
  message: string;
}

export interface OurDate {
  date: string;
  precision: Precision;
  end?: string;
  zone?: string;
  dateNote?: string;
}

const ORDER: Precision[] = ["year", "month", "day", "hour", "minute"];

/** TimelineJS's integer reading: spaces and thousands separators go ("1,900" → 1900); "" is no value. */
export function readTlInteger(value: unknown): number | null | "invalid" {
  if (value === undefined || value === null) return null;
  if (typeof value === "number") return Number.isInteger(value) ? value : "invalid";
  if (typeof value !== "string") return "invalid";
  const text = value.replace(/[\s,]+/g, "");
  if (text === "") return null;
  return /^[+-]?\d+$/.test(text) ? Number(text) : "invalid";
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

interface Parts {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  level: Precision;
}

const LIMITS = { month: [1, 12], day: [1, 31], hour: [0, 23], minute: [0, 59] } as const;

function readParts(date: TlDate, which: "start" | "end", columns: DateColumns, problems: FieldProblem[]): Parts | null {
  const before = problems.length;
  const read = (part: "year" | "month" | "day" | "hour" | "minute") => {
    const value = readTlInteger(date[part]);
    if (value === "invalid") problems.push({ column: columns(which, part), message: `"${String(date[part])}" is not a whole number` });
    else if (value !== null && part !== "year" && (value < LIMITS[part][0] || value > LIMITS[part][1]))
      problems.push({ column: columns(which, part), message: `${value} is not a ${part} (${LIMITS[part][0]}–${LIMITS[part][1]})` });
    return value === "invalid" ? null : value;
  };
  const year = read("year");
  const month = read("month");
  const day = read("day");
  const hour = read("hour");
  // Seconds and milliseconds are below what a time line shows: a time with seconds is read to the minute.
  const second = readTlInteger(date.second);
  let minute = read("minute");
  if (minute === null && hour !== null && typeof second === "number") minute = 0;
  if (year === null && readTlInteger(date.year) === null) problems.push({ column: columns(which, "year"), message: "a date needs at least a year" });
  else if (year !== null && (year < 0 || year > 9999)) problems.push({ column: columns(which, "year"), message: `${year} is outside years 0–9999, which is all this format holds` });
  if (day !== null && month === null) problems.push({ column: columns(which, "day"), message: "a day needs a month" });
  if (hour !== null && day === null) problems.push({ column: columns(which, "hour"), message: "a time of day needs a full date (year, month and day)" });
  if (minute !== null && hour === null) problems.push({ column: columns(which, "minute"), message: "minutes need an hour" });
  if (problems.length > before || year === null) return null;
  const level: Precision = minute !== null ? "minute" : hour !== null ? "hour" : day !== null ? "day" : month !== null ? "month" : "year";
  return { year, month: month ?? undefined, day: day ?? undefined, hour: hour ?? undefined, minute: minute ?? undefined, level };
}

function write(parts: Parts, precision: Precision): string {
  let text = pad(parts.year, 4);
  const at = ORDER.indexOf(precision);
  if (at >= 1) text += `-${pad(parts.month!)}`;
  if (at >= 2) text += `-${pad(parts.day!)}`;
  if (at >= 3) text += `T${pad(parts.hour!)}`;
  if (at >= 4) text += `:${pad(parts.minute!)}`;
  return text;
}

/**
 * A TimelineJS start (and end) date in our form. Missing day or month give month or year precision; a time gives
 * hour or minute precision on the clock of `zone` (TimelineJS times have no zone). When start and end are known to
 * different precisions, both are written at the coarser one and the exact source dates go into the date note.
 */
export function fromTlDates(start: TlDate, end: TlDate | undefined, zone: string, columns: DateColumns): { value: OurDate } | { problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const a = readParts(start, "start", columns, problems);
  const b = end && Object.values(end).some((v) => v !== "" && v !== null && v !== undefined) ? readParts(end, "end", columns, problems) : null;
  if (!a || problems.length > 0) return { problems };
  const precision = b && ORDER.indexOf(b.level) < ORDER.indexOf(a.level) ? b.level : a.level;
  const timed = precision === "hour" || precision === "minute";
  const date = write(a, precision);
  const value: OurDate = { date, precision, ...(timed ? { zone } : {}) };
  for (const [parts, which] of [[a, "start"], [b, "end"]] as const) {
    if (!parts) continue;
    const written = write(parts, parts.level);
    if (!parsePartialDate(written)) problems.push({ column: columns(which, "day"), message: `${written.slice(0, 10)} is not a real calendar date` });
  }
  if (problems.length > 0) return { problems };
  if (b) {
    const endText = write(b, precision);
    if (endText !== date) value.end = endText;
    if (a.level !== b.level) {
      const exact = (parts: Parts) => formatPartialDate(write(parts, parts.level), parts.level, zone);
      value.dateNote = `Source dates: ${exact(a)} to ${exact(b)}.`;
    }
  }
  return { value };
}

/** Our date as a TimelineJS date object: the parts as written, down to the precision (a time on its own clock). */
export function toTlDate(value: string, precision: Precision): Record<string, number> {
  const parts = parsePartialDate(value)!;
  const out: Record<string, number> = { year: parts.year };
  const at = ORDER.indexOf(precision);
  if (at >= 1) out.month = parts.month!;
  if (at >= 2) out.day = parts.day!;
  if (at >= 3) out.hour = parts.hour!;
  if (at >= 4) out.minute = parts.minute!;
  return out;
}
