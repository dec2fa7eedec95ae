import type { TimeDomain } from "../time/scale";

/** What d3-zoom needs: scale factor k and x translation, relative to the whole extent drawn across [x0, x1]. */
export interface ZoomTransformLike {
  k: number;
  x: number;
}

export const DAY = 86_400_000;
/** Narrowest detail window: about two weeks. */
export const MIN_SPAN = 14 * DAY;

/** The whole data set plus a margin on each side: the widest window and the zoom's reference. */
export function padExtent(extent: TimeDomain, fraction = 0.02): TimeDomain {
  const pad = Math.max((extent[1] - extent[0]) * fraction, 30 * DAY);
  return [extent[0] - pad, extent[1] + pad];
}

/** domain → transform of a base scale mapping `base` onto [x0, x1]. */
export function domainToTransform(domain: TimeDomain, base: TimeDomain, range: readonly [number, number]): ZoomTransformLike {
  const [x0, x1] = range;
  const k = (base[1] - base[0]) / (domain[1] - domain[0]);
  const baseX = x0 + ((domain[0] - base[0]) / (base[1] - base[0])) * (x1 - x0);
  return { k, x: x0 - k * baseX };
}

/** transform → domain: the inverse of domainToTransform. */
export function transformToDomain(t: ZoomTransformLike, base: TimeDomain, range: readonly [number, number]): TimeDomain {
  const [x0, x1] = range;
  const toMs = (px: number) => base[0] + ((px - x0) / (x1 - x0)) * (base[1] - base[0]);
  return [toMs((x0 - t.x) / t.k), toMs((x1 - t.x) / t.k)];
}

/** Keep a window inside `bounds` and between `minSpan` and the bounds' width, preserving its centre where possible. */
export function clampDomain(domain: TimeDomain, bounds: TimeDomain, minSpan = MIN_SPAN): TimeDomain {
  const span = Math.min(Math.max(domain[1] - domain[0], minSpan), bounds[1] - bounds[0]);
  const centre = (domain[0] + domain[1]) / 2;
  let from = centre - span / 2;
  from = Math.min(Math.max(from, bounds[0]), bounds[1] - span);
  return [from, from + span];
}

/** Zoom a window by `factor` (>1 zooms in) around `centre` (ms), within bounds. */
export function zoomDomain(domain: TimeDomain, factor: number, bounds: TimeDomain, centre = (domain[0] + domain[1]) / 2): TimeDomain {
  const from = centre - (centre - domain[0]) / factor;
  const to = centre + (domain[1] - centre) / factor;
  return clampDomain([from, to], bounds);
}

/** Move a window so `ms` sits inside it, with a margin; unchanged if it already does. */
export function panDomainTo(domain: TimeDomain, ms: number, bounds: TimeDomain, margin = 0.1): TimeDomain {
  const span = domain[1] - domain[0];
  if (ms >= domain[0] + span * margin && ms <= domain[1] - span * margin) return domain;
  return clampDomain([ms - span / 2, ms + span / 2], bounds);
}

/** Equal within `tolerance` ms (default: rounding noise). Used to ignore domains the chart itself emitted. */
export function sameDomain(a: TimeDomain, b: TimeDomain, tolerance = Math.max(1, (a[1] - a[0]) / 1e6)): boolean {
  return Math.abs(a[0] - b[0]) <= tolerance && Math.abs(a[1] - b[1]) <= tolerance;
}
