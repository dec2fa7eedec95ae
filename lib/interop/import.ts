import { eventInterval, toIsoDay } from "../time/partial-date";
import { parseJsonText, withoutBom } from "../data/text-file";
import { validateDataset, type Dataset } from "../data/validate";
import type { Source } from "../schema";
import { assembleDataset, type AssembleOptions, type ImportResult } from "./assemble";
import { bundleFiles, isBundle } from "./bundle";
import type { ImportProblem } from "./problems";
import { readOursCsv } from "./read-ours-csv";
import { readTimelineJsJson } from "./read-timelinejs";
import { readTimelineJsCsv } from "./read-timelinejs-csv";
import { parseCsvTable } from "./csv-table";

/** timelinejs: TimelineJS3 JSON; csv: the TimelineJS spreadsheet as CSV; ours-csv: our columns; json: our data-set JSON. */
export const IMPORT_FORMATS = ["timelinejs", "csv", "ours-csv", "json"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export interface ImportOptions extends AssembleOptions {
  /** A file name for messages (and the set's title when the file has none). */
  fileName: string;
  text: string;
  /** Detected from the content when left out. */
  format?: ImportFormat;
  /** The IANA zone TimelineJS times are read in (they carry none); UTC by default. */
  zone?: string;
  defaultSource?: Source;
  into?: Dataset;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: parseJsonText(text) };
  } catch (error) {
    return { ok: false, message: `not valid JSON: ${(error as Error).message}` };
  }
}

/** Which format a file is in, from its content: JSON with `manifest` is ours, with `events` TimelineJS; CSV by its header. */
export function detectFormat(fileName: string, text: string): ImportFormat | ImportProblem {
  const trimmed = withoutBom(text).trimStart();
  if (trimmed.startsWith("{") || /\.json$/i.test(fileName)) {
    const json = parseJson(text);
    if (!json.ok) return { file: fileName, row: "(file)", column: "(json)", message: json.message };
    if (isBundle(json.value)) return "json";
    if (typeof json.value === "object" && json.value !== null && "events" in json.value) return "timelinejs";
    return { file: fileName, row: "(file)", column: "(json)", message: "neither TimelineJS JSON (events) nor a Snapshots data set (manifest, events)" };
  }
  const headers = new Set(parseCsvTable(fileName, text.split(/\r?\n/, 1)[0] ?? "").headers.map((h) => h.toLowerCase()));
  if (headers.has("headline") && headers.has("year")) return "csv";
  if (headers.has("title") && headers.has("date")) return "ours-csv";
  return {
    file: fileName,
    row: "row 1",
    column: "(header)",
    message: "neither the TimelineJS sheet's columns (Year, Month, Day, …, Headline, Text) nor ours (id, title, date, …)",
  };
}

function importBundle(options: ImportOptions, json: unknown): ImportResult {
  if (!isBundle(json)) return { ok: false, problems: [{ file: options.fileName, row: "(file)", column: "(json)", message: "not a Snapshots data set (manifest, events)" }], warnings: [] };
  const result = validateDataset(bundleFiles(json, options.into));
  if (!result.ok)
    return { ok: false, problems: result.problems.map((p) => ({ file: options.fileName, row: `${p.file.replace(/\.json$/, "")} ${p.record}`, column: p.field, message: p.message })), warnings: [] };
  const existing = new Set(options.into?.events.map((event) => event.id));
  const ids = (Array.isArray(json.events) ? json.events : []).map((event: { id?: unknown }) => String(event?.id));
  return { ok: true, dataset: result.dataset, added: ids.filter((id) => !existing.has(id)), updated: ids.filter((id) => existing.has(id)), skipped: [], warnings: [] };
}

/**
 * Imports one file into a validated data set, or lists what is wrong as `file: row N: column: problem`.
 * Pure (text in, data set out): the CLI reads and writes the files, and the same call runs in a browser.
 */
export function importText(options: ImportOptions): ImportResult {
  const format = options.format ?? detectFormat(options.fileName, options.text);
  if (typeof format !== "string") return { ok: false, problems: [format], warnings: [] };
  const zone = options.zone ?? "UTC";
  if (format === "csv") return assembleDataset(readTimelineJsCsv(options.fileName, options.text, zone), options);
  if (format === "ours-csv") return assembleDataset(readOursCsv(options.fileName, options.text), options);
  const json = parseJson(options.text);
  if (!json.ok) return { ok: false, problems: [{ file: options.fileName, row: "(file)", column: "(json)", message: json.message }], warnings: [] };
  if (format === "json") return importBundle(options, json.value);
  return assembleDataset(readTimelineJsJson(options.fileName, json.value, zone), options);
}

/** "3 added, 2 updated": what an import did, for the CLI and a preview. */
export function describeImport(result: Extract<ImportResult, { ok: true }>): string {
  const parts = [`${result.added.length} added`, `${result.updated.length} updated`];
  if (result.skipped.length > 0) parts.push(`${new Set(result.skipped.map((p) => p.row)).size} row(s) skipped`);
  const { events, manifest } = result.dataset;
  const spans = events.map((event) => eventInterval(event));
  const span = spans.length ? `, ${toIsoDay(Math.min(...spans.map((s) => s[0])))} to ${toIsoDay(Math.max(...spans.map((s) => s[1])) - 1)}` : "";
  return `${parts.join(", ")}: ${events.length} events in ${manifest.lanes.length} lanes${span}`;
}
