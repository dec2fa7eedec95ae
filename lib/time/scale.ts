export type TimeDomain = readonly [number, number];

/** A linear map from UTC time to position: the one scale every lane, overview, report and slide shares. */
export interface TimeScale {
  /** Position of an instant (ms or a Date). */
  (time: number | Date): number;
  /** The instant (ms) at a position. */
  invert(position: number): number;
  domain(): [Date, Date];
  range(): [number, number];
}

/**
 * The one time scale. d3's scaleUtc would do the same arithmetic, but it brings d3-time-format and d3-format
 * for a tick format the figure never asks it for (lib/time/ticks.ts writes every label): a tenth of the
 * browser's script for the figure.
 */
export function createTimeScale(domain: TimeDomain, range: readonly [number, number]): TimeScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = (r1 - r0) / (d1 - d0 || 1);
  const scale = ((time: number | Date) => r0 + (+time - d0) * k) as TimeScale;
  scale.invert = (position) => d0 + (position - r0) / k;
  scale.domain = () => [new Date(d0), new Date(d1)];
  scale.range = () => [r0, r1];
  return scale;
}
