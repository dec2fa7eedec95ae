import { DAY_MS } from "../time/partial-date";
import type { TimeDomain } from "../time/scale";

/** A window that shows every interval with some air around it (at least two weeks wide). */
export function fitDomain(intervals: readonly TimeDomain[], padding = 0.15): TimeDomain | null {
  if (intervals.length === 0) return null;
  const start = Math.min(...intervals.map((i) => i[0]));
  const end = Math.max(...intervals.map((i) => i[1]));
  const span = Math.max(end - start, 14 * DAY_MS);
  const pad = span * padding;
  const middle = (start + end) / 2;
  return [middle - span / 2 - pad, middle + span / 2 + pad];
}

/**
 * Moves the window so the interval is in view, keeping the window's width; widens it to fit
 * an interval longer than the window. A window already showing the interval is left alone.
 */
export function revealInterval(domain: TimeDomain, interval: TimeDomain): TimeDomain {
  const width = domain[1] - domain[0];
  const span = interval[1] - interval[0];
  if (span > width * 0.9) return fitDomain([interval]) ?? domain;
  const margin = width * 0.05;
  if (interval[0] >= domain[0] + margin && interval[1] <= domain[1] - margin) return domain;
  const middle = (interval[0] + interval[1]) / 2;
  return [middle - width / 2, middle + width / 2];
}
