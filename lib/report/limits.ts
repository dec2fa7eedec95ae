import type { IndexedDataset } from "../data/index-dataset";
import { DAY_MS, toIsoDay } from "../time/partial-date";
import type { ViewState } from "../view/view-state";
import { filterReportEvents } from "./filter-events";
import { wholeDays } from "../view/domain";

/**
 * Most events one report (page or PDF) lists. Above it the report is refused with 413 and a narrower
 * period is suggested. At the limit the page is about 2.8 MB of HTML rendered in about 0.5 s, and the
 * PDF 75 pages printed in about 4 s, well inside the PDF deadline (docs/RELIABILITY.md).
 */
export const REPORT_EVENT_LIMIT = 1000;

export type ReportSize =
  | { ok: true; count: number }
  | {
      ok: false;
      count: number;
      limit: number;
      /** The view's own start to the last day that keeps the report within the limit, when there is one. */
      suggestion: { from: string; to: string } | null;
      /** How many of the events fall in each visible lane, most first: which lanes to leave out. */
      byLane: { lane: string; count: number }[];
    };

/** Counts the events a report of this view would list, before anything is rendered. */
export function measureReport(data: IndexedDataset, view: ViewState, limit = REPORT_EVENT_LIMIT): ReportSize {
  const window = wholeDays(view.domain);
  const events = filterReportEvents(data, view, window);
  if (events.length <= limit) return { ok: true, count: events.length };
  // Events come in date order: the day before the first one past the limit ends a period that fits.
  const firstOver = data.intervalById.get(events[limit]!.id)![0];
  const lastDay = Math.floor(firstOver / DAY_MS) * DAY_MS - DAY_MS;
  const suggestion = lastDay > window[0] ? { from: toIsoDay(window[0]), to: toIsoDay(lastDay) } : null;
  const counts = new Map<string, number>();
  for (const event of events) counts.set(event.lane, (counts.get(event.lane) ?? 0) + 1);
  const byLane = [...counts].map(([lane, count]) => ({ lane, count })).sort((a, b) => b.count - a.count);
  return { ok: false, count: events.length, limit, suggestion, byLane };
}
