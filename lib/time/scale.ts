import { scaleUtc, type ScaleTime } from "d3-scale";

export type TimeDomain = readonly [number, number];

/** The one time scale every lane, overview, report and slide shares. */
export function createTimeScale(domain: TimeDomain, range: readonly [number, number]): ScaleTime<number, number> {
  return scaleUtc().domain([new Date(domain[0]), new Date(domain[1])]).range([range[0], range[1]]);
}
