import Papa from "papaparse";
import { withoutBom } from "../data/text-file";
import type { ImportProblem } from "./problems";

export interface CsvRow {
  /** Spreadsheet numbering: the header is row 1, the first record row 2 (a quoted line break stays in its row). */
  number: number;
  /** Cell text by header, trimmed; "" for a missing cell. */
  get(column: string): string;
  /** Headers whose cell is not empty. */
  filled: string[];
}

export interface CsvTable {
  headers: string[];
  rows: CsvRow[];
  problems: ImportProblem[];
}

/**
 * Reads CSV text with papaparse (RFC 4180 quoting: a quoted "1,234" stays one cell, quoted line breaks stay in
 * their cell). Header names are matched without regard to case or surrounding spaces; blank rows are skipped
 * but still counted, so row numbers match the spreadsheet.
 */
export function parseCsvTable(file: string, text: string): CsvTable {
  const parsed = Papa.parse<string[]>(withoutBom(text), { header: false, skipEmptyLines: false, delimitersToGuess: [",", ";", "\t"] });
  const problems: ImportProblem[] = parsed.errors
    .filter((error) => error.code !== "UndetectableDelimiter")
    .map((error) => ({ file, row: error.row === undefined ? "(file)" : `row ${error.row + 1}`, column: "(csv)", message: error.message }));
  const [head = [], ...records] = parsed.data;
  const headers = head.map((cell) => cell.trim());
  const index = new Map<string, number>();
  headers.forEach((header, i) => {
    const key = header.toLowerCase();
    if (!header) return;
    if (index.has(key)) problems.push({ file, row: "row 1", column: header, message: "appears twice in the header" });
    else index.set(key, i);
  });
  const rows: CsvRow[] = [];
  records.forEach((cells, i) => {
    if (cells.every((cell) => cell.trim() === "")) return;
    const get = (column: string) => {
      const at = index.get(column.toLowerCase());
      return at === undefined ? "" : (cells[at] ?? "").trim();
    };
    rows.push({ number: i + 2, get, filled: headers.filter((header) => header && get(header) !== "") });
  });
  return { headers, rows, problems };
}

/** CSV text (RFC 4180, CRLF, UTF-8 with a byte-order mark so spreadsheets read the accents right). */
export function writeCsv(columns: readonly string[], rows: readonly (readonly string[])[]): string {
  // escapeFormulae: a cell starting with = + - @ is prefixed with ' so a spreadsheet never runs it as a formula.
  return `\uFEFF${Papa.unparse({ fields: [...columns], data: rows.map((row) => [...row]) }, { newline: "\r\n", escapeFormulae: true })}\r\n`;
}

/** Undoes writeCsv's formula guard on a cell read back. */
export function unescapeFormula(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}
