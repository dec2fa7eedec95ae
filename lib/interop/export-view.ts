import type { IndexedDataset } from "../data/index-dataset";
import { filterReportEvents } from "../report/filter-events";
import { reportFileName } from "../report/period";
import { wholeDays } from "../view/domain";
import { checkReportIds, parseReportQuery, toReportSearch } from "../report/report-query";
import { datasetViewContext as getViewContext } from "../view/view-context";
import { parseViewState } from "../view/view-state";
import { EXPORT_FORMATS, exportEvents, isExportFormat, type ExportFormat } from "./export";

export type ExportedView =
  | { ok: true; format: ExportFormat; fileName: string; contentType: string; body: string; count: number }
  | { ok: false; errors: string[] };

/**
 * The explorer's view (`format` plus its URL parameters: from, to, lanes, expert, q, actor, tag, after …) exported:
 * the same strict parameters and the same event filter as the PDF report, so an export holds what the report lists.
 * Used by /api/export and `npm run export`.
 */
export function exportView(data: IndexedDataset, params: Record<string, string>): ExportedView {
  const { format, ...rest } = params;
  const errors: string[] = [];
  if (!isExportFormat(format)) errors.push(`format: must be one of ${Object.keys(EXPORT_FORMATS).join(", ")}`);
  const parsed = parseReportQuery(rest);
  if (!parsed.ok) errors.push(...parsed.errors);
  if (!parsed.ok || !isExportFormat(format)) return { ok: false, errors };
  const ctx = getViewContext(data);
  const idErrors = checkReportIds(parsed.query, { lanes: ctx.laneIds, experts: ctx.expertIds, hasEvent: ctx.hasEvent });
  if (idErrors.length > 0) return { ok: false, errors: idErrors };
  const view = parseViewState(toReportSearch(parsed.query), ctx);
  const window = wholeDays(view.domain);
  const events = filterReportEvents(data, view, window);
  const { extension, contentType } = EXPORT_FORMATS[format];
  return { ok: true, format, fileName: reportFileName(data.manifest.id, window, extension), contentType, body: exportEvents(format, data, events, view.lanes), count: events.length };
}
