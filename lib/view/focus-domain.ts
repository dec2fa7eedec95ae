import type { TimeDomain } from "../time/scale";
import type { DensityBins } from "../window/types";
import { DAY_MS } from "../time/partial-date";
import { revealInterval } from "./domain";

/** Estimated number of events in [from, to) in the given lanes, assuming each bin is evenly filled. */
export function countInDensity(density: DensityBins, [from, to]: TimeDomain, lanes: readonly string[]): number {
  const width = density.binWidth;
  let total = 0;
  for (const { lane, cells } of density.lanes) {
    if (!lanes.includes(lane)) continue;
    for (let i = 0; i < cells.length; i += 2) {
      const start = cells[i]! * width;
      const overlap = Math.min(to, start + width) - Math.max(from, start);
      if (overlap > 0) total += (cells[i + 1]! * overlap) / width;
    }
  }
  return total;
}

/**
 * Like revealInterval, but for a set too large to draw whole: the window also narrows, around the
 * interval, until it holds about `limit` events, so the event is drawn as itself and not inside a count badge.
 */
export function focusDomain(domain: TimeDomain, interval: TimeDomain, density: DensityBins, lanes: readonly string[], limit: number): TimeDomain {
  let focus = revealInterval(domain, interval);
  const floor = Math.max((interval[1] - interval[0]) * 1.3, 14 * DAY_MS);
  const middle = (interval[0] + interval[1]) / 2;
  while (focus[1] - focus[0] > floor && countInDensity(density, focus, lanes) > limit) {
    const half = Math.max(floor, (focus[1] - focus[0]) / 2) / 2;
    focus = [middle - half, middle + half];
  }
  return focus;
}
