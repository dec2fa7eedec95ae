import { DAY_MS } from "../time/partial-date";
import type { TimeDomain } from "../time/scale";

/**
 * The window to fetch for a visible domain: aligned to a grid of whole days whose step grows with the
 * span, and a little wider than asked. Small pans and zooms land on the same fetch window (one cache
 * entry), and its neighbours one step either side are the windows a pan will ask for next.
 */
export function snapWindow(domain: TimeDomain): { window: TimeDomain; step: number } {
  const days = Math.max(1, (domain[1] - domain[0]) / DAY_MS);
  const level = 2 ** Math.ceil(Math.log2(Math.max(2, days)));
  const step = (level / 2) * DAY_MS;
  const from = Math.floor(domain[0] / step) * step;
  return { window: [from, from + level * DAY_MS + step], step };
}

/** The fetch windows either side of `window`, one grid step away. */
export function neighbourWindows(window: TimeDomain, step: number): TimeDomain[] {
  return [
    [window[0] - step, window[1] - step],
    [window[0] + step, window[1] + step],
  ];
}
