import { parseCsvTable, type CsvRow } from "./csv-table";
import { createDraft, type Draft } from "./draft";
import { htmlToLine, htmlToPlainText } from "./text";
import type { TlDate } from "./timelinejs-dates";
import { readSlide, type SlideColumns } from "./timelinejs-slide";

/** The columns of the TimelineJS Google-sheet template, in its order. */
export const TIMELINEJS_COLUMNS = [
  "Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time", "Display Date", "Headline", "Text",
  "Media", "Media Credit", "Media Caption", "Media Thumbnail", "Alt Text", "Type", "Group", "Background",
] as const;

const KNOWN = new Set([...TIMELINEJS_COLUMNS, "Tag"].map((c) => c.toLowerCase()));

const SHEET_COLUMNS: SlideColumns = {
  headline: "Headline",
  text: "Text",
  media: "Media",
  group: "Group",
  uniqueId: "Headline",
  date: (which, part) => {
    const name = part === "hour" || part === "minute" ? "Time" : part[0]!.toUpperCase() + part.slice(1);
    return which === "end" ? `End ${name}` : name;
  },
};

/** TimelineJS's time cell: "14:30", "14.30", "1430", "2:30 PM", "14:30:15"; null when empty. */
export function parseTlTime(text: string): { hour: number; minute?: number; second?: number } | null | string {
  if (!text) return null;
  let rest = text.trim();
  const period = /\s*([AaPp])\.?[Mm]\.?\s*$/.exec(rest);
  if (period) rest = rest.slice(0, period.index).trim();
  const compact = /^(\d{1,2})(\d{2})$/.exec(rest);
  const parts = compact ? compact.slice(1) : rest.split(rest.includes(":") ? ":" : ".");
  if (parts.length > 4 || parts.some((p) => !/^\d{1,2}(?:\.\d+)?$/.test(p))) return `"${text}" is not a time (write 14:30 or 2:30 PM)`;
  let hour = Number(parts[0]);
  if (period) {
    if (hour < 1 || hour > 12) return `"${text}": ${hour} is not an hour on a 12-hour clock`;
    const pm = period[1]!.toLowerCase() === "p";
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  const minute = parts[1] === undefined ? undefined : Number(parts[1]);
  const second = parts[2] === undefined ? undefined : Math.floor(Number(parts[2]));
  if (hour > 23 || (minute ?? 0) > 59 || (second ?? 0) > 59) return `"${text}" is not a time of day`;
  return { hour, minute, second };
}

function sheetDate(row: CsvRow, prefix: "" | "End ", problems: (column: string, message: string) => void): TlDate {
  const date: TlDate = { year: row.get(`${prefix}Year`), month: row.get(`${prefix}Month`), day: row.get(`${prefix}Day`) };
  const time = parseTlTime(row.get(`${prefix}Time`));
  if (typeof time === "string") problems(`${prefix}Time`, time);
  else if (time) Object.assign(date, time);
  return date;
}

/**
 * The TimelineJS spreadsheet exported as CSV. A "title" row gives the set's title and description, "era" rows
 * become ranges in the Eras lane, every other row an event. Row numbers are the spreadsheet's (header = row 1).
 */
export function readTimelineJsCsv(file: string, text: string, zone: string): Draft {
  const draft = createDraft(file);
  const table = parseCsvTable(file, text);
  draft.problems.push(...table.problems);
  for (const header of table.headers)
    if (header && !KNOWN.has(header.toLowerCase()))
      draft.warnings.push({ file, row: "row 1", column: header, message: "not a TimelineJS column; ignored" });
  for (const row of table.rows) {
    const where = `row ${row.number}`;
    const type = row.get("Type").toLowerCase();
    const problem = (column: string, message: string) => draft.problems.push({ file, row: where, column, message });
    if (type === "title") {
      draft.title = htmlToLine(row.get("Headline")) || draft.title;
      draft.description = htmlToPlainText(row.get("Text")) || draft.description;
      continue;
    }
    if (type !== "" && type !== "era") {
      problem("Type", `"${row.get("Type")}" is not a slide type (leave it empty, or write title or era)`);
      continue;
    }
    const before = draft.problems.length;
    const start = sheetDate(row, "", problem);
    const end = sheetDate(row, "End ", problem);
    if (draft.problems.length > before) continue;
    if (type === "era" && !row.get("End Year")) {
      problem("End Year", "an era needs an end date");
      continue;
    }
    const slide = {
      start_date: { ...start, display_date: row.get("Display Date") },
      end_date: row.get("End Year") || row.get("End Time") ? end : undefined,
      text: { headline: row.get("Headline"), text: row.get("Text") },
      media: { url: row.get("Media"), credit: row.get("Media Credit"), caption: row.get("Media Caption"), alt: row.get("Alt Text") },
      group: row.get("Group") || row.get("Tag"),
    };
    readSlide(draft, slide, where, SHEET_COLUMNS, { zone, era: type === "era" });
  }
  return draft;
}
