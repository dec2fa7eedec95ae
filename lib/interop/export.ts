import type { Dataset } from "../data/validate";
import type { TimelineEvent } from "../schema";
import { toBundle } from "./bundle";
import { exportCsv } from "./export-csv";
import { exportIcs } from "./export-ics";
import { exportTimelineJs } from "./export-timelinejs";
import { subsetDataset } from "./subset";

export const EXPORT_FORMATS = {
  csv: { extension: "csv", contentType: "text/csv; charset=utf-8", label: "CSV (spreadsheet)" },
  json: { extension: "json", contentType: "application/json; charset=utf-8", label: "Data set (JSON)" },
  timelinejs: { extension: "timeline.json", contentType: "application/json; charset=utf-8", label: "TimelineJS (JSON)" },
  ics: { extension: "ics", contentType: "text/calendar; charset=utf-8", label: "Calendar (ICS)" },
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === "string" && Object.hasOwn(EXPORT_FORMATS, value);
}

/**
 * A view's events (already filtered) in one of the export formats, as the text of the file. Every format
 * carries the same self-contained subset: links to events outside the view are cut, so any export
 * imports again as it is.
 */
export function exportEvents(format: ExportFormat, dataset: Dataset, events: readonly TimelineEvent[], laneIds: readonly string[]): string {
  const subset = subsetDataset(dataset, events, laneIds);
  if (format === "csv") return exportCsv(subset.events);
  if (format === "ics") return exportIcs(dataset, subset.events);
  if (format === "timelinejs") return `${JSON.stringify(exportTimelineJs(dataset, subset.events), null, 2)}\n`;
  return `${JSON.stringify(toBundle(subset), null, 2)}\n`;
}
