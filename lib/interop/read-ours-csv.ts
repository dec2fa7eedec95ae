import { precisionOf } from "../time/partial-date";
import { columnOfField, OUR_COLUMNS } from "./columns";
import { parseCsvTable, unescapeFormula, type CsvRow } from "./csv-table";
import { createDraft, type Draft } from "./draft";

const KNOWN = new Set<string>(OUR_COLUMNS);

function split(cell: string): string[] {
  return cell === "" ? [] : cell.split("|").map((part) => part.trim());
}

/** Numbers become numbers; anything else is passed on as written, for the schema to judge. */
function numberOrText(cell: string): unknown {
  return /^[+-]?\d+(?:\.\d+)?$/.test(cell) ? Number(cell) : cell;
}

/** The `unverified` column holds the reason; a bare yes/true is read as a reason that says only that. */
function unverifiedReason(cell: string): string | undefined {
  const value = cell.toLowerCase();
  if (["false", "no", "n", "0"].includes(value)) return undefined;
  if (["true", "yes", "y", "1", "x"].includes(value)) return "Marked unverified in the imported file.";
  return cell;
}

function readSources(row: CsvRow, problem: (column: string, message: string) => void): Record<string, unknown>[] {
  const urls = split(row.get("source_url"));
  const columns = { title: split(row.get("source_title")), publisher: split(row.get("source_publisher")), type: split(row.get("source_type")) };
  for (const [key, values] of Object.entries(columns))
    if (values.length > urls.length) problem(`source_${key}`, `${values.length} entries for ${urls.length} source_url entr${urls.length === 1 ? "y" : "ies"}`);
  return urls.map((url, i) => {
    let host = url;
    try {
      host = new URL(url).hostname.replace(/^www\./, "");
    } catch {
      // The schema reports the URL itself.
    }
    const source: Record<string, unknown> = { url, title: columns.title[i] || url, publisher: columns.publisher[i] || host };
    if (columns.type[i]) source.type = columns.type[i];
    return source;
  });
}

function readRelated(cell: string, problem: (column: string, message: string) => void) {
  return split(cell).map((entry) => {
    const colon = entry.indexOf(":");
    if (colon < 0) problem("related", `"${entry}" needs the form "event-id: label"`);
    return { id: entry.slice(0, colon).trim(), label: entry.slice(colon + 1).trim() };
  });
}

/**
 * A CSV of our own columns (OUR_COLUMNS): title and date required, precision read from the date's form when left
 * out, lists split on "|". Cells are plain text, as in our JSON: kept as written (a "<" stays a "<") and always
 * shown as text, never as markup — unlike TimelineJS, whose text is HTML and is reduced to text on import.
 */
export function readOursCsv(file: string, text: string): Draft {
  const draft = createDraft(file);
  const table = parseCsvTable(file, text);
  draft.problems.push(...table.problems);
  const lower = new Set(table.headers.map((h) => h.toLowerCase()));
  for (const required of ["title", "date"])
    if (!lower.has(required)) draft.problems.push({ file, row: "row 1", column: required, message: "this column is required" });
  for (const header of table.headers)
    if (header && !KNOWN.has(header.toLowerCase())) draft.warnings.push({ file, row: "row 1", column: header, message: "not one of our columns; ignored" });
  if (draft.problems.length > 0) return draft;
  for (const row of table.rows) {
    const where = `row ${row.number}`;
    const before = draft.problems.length;
    const problem = (column: string, message: string) => draft.problems.push({ file, row: where, column, message });
    const get = (column: string) => unescapeFormula(row.get(column));
    const title = get("title");
    const date = get("date");
    if (!title) problem("title", "must not be empty");
    if (!date) problem("date", "must not be empty");
    const event: Record<string, unknown> = {
      title,
      summary: get("summary") || title,
      date,
      precision: get("precision").toLowerCase() || precisionOf(date) || undefined,
      actors: split(get("actors")).filter(Boolean),
      tags: split(get("tags")).filter(Boolean),
      sources: readSources(row, problem),
      related: readRelated(get("related"), problem),
    };
    if (get("end")) event.end = get("end");
    if (get("zone")) event.zone = get("zone");
    if (get("date_note")) event.dateNote = get("date_note");
    if (get("importance")) event.importance = numberOrText(get("importance"));
    const reason = unverifiedReason(get("unverified"));
    if (reason) event.unverified = reason;
    if (draft.problems.length > before) continue;
    draft.rows.push({ where, column: columnOfField, id: get("id") || undefined, idFrom: title, lane: get("lane"), event });
  }
  return draft;
}
