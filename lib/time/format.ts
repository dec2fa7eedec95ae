import { format } from "date-fns";
import type { Precision } from "../schema/primitives";
import { parsePartialDate, type DateParts } from "./partial-date";

// date-fns formats local time; building the Date from the parts keeps output independent of TZ.
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

const PATTERNS: Record<Precision, string> = { day: "d MMMM yyyy", month: "MMMM yyyy", year: "yyyy" };

/** "14 July 2015", "April 2025" or "2016" — never more exact than the data. */
export function formatPartialDate(value: string, precision: Precision): string {
  return format(localDate(parts(value)), PATTERNS[precision]);
}

/** Precision-aware date of an event: "13–14 April 2024", "April–June 2025", "2016–2018". */
export function formatEventDate(event: { date: string; precision: Precision; end?: string }): string {
  const { date, precision, end } = event;
  if (end === undefined || end === date) return formatPartialDate(date, precision);
  const a = parts(date);
  const b = parts(end);
  const sameYear = a.year === b.year;
  if (precision === "year") return `${a.year}–${b.year}`;
  if (precision === "month") {
    return sameYear
      ? `${format(localDate(a), "MMMM")}–${format(localDate(b), "MMMM yyyy")}`
      : `${formatPartialDate(date, "month")} – ${formatPartialDate(end, "month")}`;
  }
  if (sameYear && a.month === b.month) return `${a.day}–${format(localDate(b), "d MMMM yyyy")}`;
  if (sameYear) return `${format(localDate(a), "d MMMM")} – ${format(localDate(b), "d MMMM yyyy")}`;
  return `${formatPartialDate(date, "day")} – ${formatPartialDate(end, "day")}`;
}

/** Short form for tables and tooltips: "14 Jul 2015", "Apr 2025", "2016". */
export function formatShortDate(value: string, precision: Precision): string {
  const patterns: Record<Precision, string> = { day: "d MMM yyyy", month: "MMM yyyy", year: "yyyy" };
  return format(localDate(parts(value)), patterns[precision]);
}
