import type { Precision } from "../schema";
import { formatEventDate, formatUtcInstant } from "../time/format";
import type { TimeDomain } from "../time/scale";
import { dayEdges } from "../view/domain";

function periodPrecision(window: TimeDomain): Precision {
  const a = new Date(window[0]);
  const b = new Date(window[1]);
  if (a.getUTCDate() !== 1 || b.getUTCDate() !== 1) return "day";
  return a.getUTCMonth() === 0 && b.getUTCMonth() === 0 ? "year" : "month";
}

/** "1 January 2015 – 30 June 2025", "March–June 2025" or "2015–2024": as exact as the window's edges. */
export function formatPeriod(window: TimeDomain): string {
  const precision = periodPrecision(window);
  const length = precision === "day" ? 10 : precision === "month" ? 7 : 4;
  const days = dayEdges(window);
  const date = days.from.slice(0, length);
  const end = days.to.slice(0, length);
  return formatEventDate({ date, precision, end });
}

/** "us-iran-nuclear_2015-01-01_2025-06-30.pdf": the download name of a view's report or export (`extension`). */
export function reportFileName(datasetId: string, window: TimeDomain, extension = "pdf"): string {
  const days = dayEdges(window);
  return `${datasetId}_${days.from}_${days.to}.${extension}`;
}

/** "27 November 2026, 09:52 UTC": when a report was made. */
export function formatGenerated(ms: number): string {
  return formatUtcInstant(ms);
}

/**
 * "data version 2026-12-01": what a briefing's handout and .pptx are stamped with instead of the time
 * they were made. They are cached until the data changes, so a time would be the first request's, not
 * the reader's; the version says which record the copy shows, and two printouts can be compared by it.
 */
export function dataVersionLabel(manifest: { version?: string; asOf: string }): string {
  return manifest.version ? `data version ${manifest.version}` : `data as of ${manifest.asOf}`;
}

/** The generation stamp for a report rendered now (a server component renders once per request). */
export function generatedNow(): string {
  return formatGenerated(Date.now());
}
