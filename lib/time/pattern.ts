import { TZDate } from "@date-fns/tz";

/**
 * The one date pattern formatter: date-fns's tokens that this app writes (yyyy, MMMM, MMM, MM, dd, d, EEE,
 * HH, mm, and 'quoted text'), in English, and nothing else. date-fns's own `format` carries its whole default locale (relative
 * phrases, parsers, ordinals: 5 kB gzip) into every page that formats a date; these tokens need twelve month
 * and seven day names. Anything else in a pattern is written as it is.
 */

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** What a pattern reads: a Date's local fields, a TZDate's fields in its zone, or UTC fields. */
interface Fields {
  getFullYear(): number;
  getMonth(): number;
  getDate(): number;
  getDay(): number;
  getHours(): number;
  getMinutes(): number;
}

const TOKEN = /'[^']*'|yyyy|MMMM|MMM|MM|dd|d|EEE|HH|mm/g;
const two = (n: number) => String(n).padStart(2, "0");

export function formatFields(date: Fields, pattern: string): string {
  return pattern.replace(TOKEN, (token) => {
    switch (token) {
      case "yyyy":
        return String(date.getFullYear()).padStart(4, "0");
      case "MMMM":
        return MONTHS[date.getMonth()]!;
      case "MMM":
        return MONTHS[date.getMonth()]!.slice(0, 3);
      case "MM":
        return two(date.getMonth() + 1);
      case "dd":
        return two(date.getDate());
      case "d":
        return String(date.getDate());
      case "EEE":
        return DAYS[date.getDay()]!;
      case "HH":
        return two(date.getHours());
      case "mm":
        return two(date.getMinutes());
      default:
        return token.slice(1, -1);
    }
  });
}

function utcFields(ms: number): Fields {
  const d = new Date(ms);
  return { getFullYear: () => d.getUTCFullYear(), getMonth: () => d.getUTCMonth(), getDate: () => d.getUTCDate(), getDay: () => d.getUTCDay(), getHours: () => d.getUTCHours(), getMinutes: () => d.getUTCMinutes() };
}

/** An instant on the clock of an IANA zone (or "UTC"), written with `pattern`. */
export function formatInZone(ms: number, pattern: string, zone: string): string {
  return formatFields(zone === "UTC" ? utcFields(ms) : new TZDate(ms, zone), pattern);
}
