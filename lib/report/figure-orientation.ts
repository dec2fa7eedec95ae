import type { TimeDomain } from "../time/scale";
import type { Orientation } from "./report-query";

const TWO_YEARS_MS = 2 * 365.25 * 86_400_000;

/** Landscape gives the figure room when the period is long or crowded; a short, sparse one fits upright. */
export function isLandscapeFigure(orientation: Orientation, window: TimeDomain, eventCount: number): boolean {
  if (orientation !== "auto") return orientation === "landscape";
  return window[1] - window[0] >= TWO_YEARS_MS || eventCount > 20;
}
