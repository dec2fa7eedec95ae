import { DAY_MS, HOUR_MS, parseIsoDay, parseIsoInstant, toIsoDay, toIsoInstant } from "../time/partial-date";
import type { TimeDomain } from "../time/scale";

/**
 * The one owner of window arithmetic: the narrowest window, the widest (the data set plus air),
 * clamping, zooming, revealing an interval and rounding for the URL. The URL parser, the chart,
 * the window query, the report and the briefing all call these.
 */

/** Narrowest window anyone can ask for or zoom to: one hour (timed events are drawn to the minute). */
export const MIN_SPAN_MS = HOUR_MS;

/** The widest window: the whole data set plus a margin on each side. Also the zoom's reference. */
export function boundsOf(extent: TimeDomain): TimeDomain {
  const pad = Math.max((extent[1] - extent[0]) * 0.02, 15 * DAY_MS);
  return [Math.floor((extent[0] - pad) / DAY_MS) * DAY_MS, Math.ceil((extent[1] + pad) / DAY_MS) * DAY_MS];
}

/** Keeps a window inside `bounds` and between MIN_SPAN_MS and the bounds' width, keeping its centre where it can. */
export function clampDomain(domain: TimeDomain, bounds: TimeDomain, minSpan = MIN_SPAN_MS): TimeDomain {
  const span = Math.min(Math.max(domain[1] - domain[0], minSpan), bounds[1] - bounds[0]);
  const centre = (domain[0] + domain[1]) / 2;
  const from = Math.min(Math.max(centre - span / 2, bounds[0]), bounds[1] - span);
  return [from, from + span];
}

/** The smallest window holding both. */
export function hull(a: TimeDomain, b: TimeDomain): TimeDomain {
  return [Math.min(a[0], b[0]), Math.max(a[1], b[1])];
}

/** A window at least MIN_SPAN_MS wide, widened about its centre. */
export function atLeastMinSpan(domain: TimeDomain): TimeDomain {
  if (domain[1] - domain[0] >= MIN_SPAN_MS) return domain;
  const centre = (domain[0] + domain[1]) / 2;
  return [centre - MIN_SPAN_MS / 2, centre + MIN_SPAN_MS / 2];
}

/** Zooms by `factor` (> 1 zooms in) around `centre` (ms), within bounds. */
export function zoomDomain(domain: TimeDomain, factor: number, bounds: TimeDomain, centre = (domain[0] + domain[1]) / 2): TimeDomain {
  return clampDomain([centre - (centre - domain[0]) / factor, centre + (domain[1] - centre) / factor], bounds);
}

/**
 * The window after a keyboard step to an event at `ms`: unchanged while the event is inside it (a step
 * never moves what a person is reading); otherwise moved the least that brings it in, `margin` of
 * the width from the edge it crossed.
 */
export function followDomain(domain: TimeDomain, ms: number, bounds: TimeDomain, margin = 0.1): TimeDomain {
  const span = domain[1] - domain[0];
  if (ms >= domain[0] && ms <= domain[1]) return domain;
  const from = ms < domain[0] ? ms - span * margin : ms + span * margin - span;
  return clampDomain([from, from + span], bounds);
}

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
 * Moves the window so the interval is in view, keeping its width; widens it for an interval longer
 * than the window. A window already showing the interval is left alone.
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

/** Steps the URL writes a window's edges in: whole days, hours or minutes. */
const URL_STEPS = [DAY_MS, HOUR_MS, 60_000] as const;
/** A window's edges are rounded to a step of at most this share of its span: the snap is a pixel or two at any width. */
const URL_STEP_SHARE = 1 / 500;

function urlStep(span: number): number {
  return URL_STEPS.find((step) => step <= span * URL_STEP_SHARE) ?? 60_000;
}

/**
 * A window as the URL writes it: each edge to the nearest whole day when a day is at most 1/500 of the
 * span (about 1.4 years and wider), else to the hour, else to the minute — so the figure drawing the
 * rounded window moves by a pixel or two at the end of a gesture. Idempotent.
 */
export function roundDomain(domain: TimeDomain): TimeDomain {
  let out = domain;
  let step = urlStep(domain[1] - domain[0]);
  for (let pass = 0; pass < 3; pass++) {
    const from = Math.round(out[0] / step) * step;
    out = [from, Math.max(from + MIN_SPAN_MS, Math.round(out[1] / step) * step)];
    // A coarser step for the rounded span (it grew past a threshold): round again on that grid, so rounding twice changes nothing.
    const next = urlStep(out[1] - out[0]);
    if (next <= step) return out;
    step = next;
  }
  return out;
}

/** Every whole UTC day the window touches, as [start, end): a report's period, a story step's written window. */
export function wholeDays(domain: TimeDomain): TimeDomain {
  const from = Math.floor(domain[0] / DAY_MS) * DAY_MS;
  return [from, Math.max(from + DAY_MS, Math.ceil(domain[1] / DAY_MS) * DAY_MS)];
}

/** The first and last day a window shows, as the date fields and file names write them ("2025-06-30" for a window ending at 1 July 00:00). */
export function dayEdges(domain: TimeDomain): { from: string; to: string } {
  return { from: toIsoDay(domain[0]), to: toIsoDay(Math.max(domain[0], domain[1] - 1)) };
}

/** The window centred on `ms`, as wide as `domain` (a click on the overview strip). */
export function centreDomain(domain: TimeDomain, ms: number): TimeDomain {
  const half = (domain[1] - domain[0]) / 2;
  return [ms - half, ms + half];
}

/** The window that zooms into an interval (a count badge clicked): the interval with 15 % of air each side, at least MIN_SPAN_MS of it. */
export function intervalDomain(interval: TimeDomain, padding = 0.15): TimeDomain {
  const pad = Math.max((interval[1] - interval[0]) * padding, MIN_SPAN_MS);
  return [interval[0] - pad, interval[1] + pad];
}

/**
 * The content padded by `padding` of its span on each side, then held between `minSpan` and `maxSpan`
 * (a content wider than maxSpan keeps `floor`, its own padded width), about its middle.
 */
export function padDomain(content: TimeDomain, { padding, minSpan, maxSpan, floor = 0 }: { padding: number; minSpan: number; maxSpan: number; floor?: number }): TimeDomain {
  const span = Math.min(Math.max((content[1] - content[0]) * (1 + 2 * padding), minSpan), Math.max(maxSpan, floor));
  const middle = (content[0] + content[1]) / 2;
  return [middle - span / 2, middle + span / 2];
}

/** Equal within `tolerance` ms (default: rounding noise). */
export function sameDomain(a: TimeDomain, b: TimeDomain, tolerance = Math.max(1, (a[1] - a[0]) / 1e6)): boolean {
  return Math.abs(a[0] - b[0]) <= tolerance && Math.abs(a[1] - b[1]) <= tolerance;
}

/** The d3-zoom transform (k, x) that shows `domain` when `bounds` is drawn across `range`. */
export function domainToTransform(domain: TimeDomain, bounds: TimeDomain, range: readonly [number, number]): { k: number; x: number } {
  const [x0, x1] = range;
  const k = (bounds[1] - bounds[0]) / (domain[1] - domain[0]);
  const baseX = x0 + ((domain[0] - bounds[0]) / (bounds[1] - bounds[0])) * (x1 - x0);
  return { k, x: x0 - k * baseX };
}

/** The window a d3-zoom transform (k, x) shows when `bounds` is drawn across `range`: transform.rescaleX without d3. */
export function transformToDomain(t: { k: number; x: number }, bounds: TimeDomain, range: readonly [number, number]): TimeDomain {
  const [x0, x1] = range;
  const at = (px: number) => bounds[0] + (((px - t.x) / t.k - x0) / (x1 - x0)) * (bounds[1] - bounds[0]);
  return [at(x0), at(x1)];
}

/** d3-zoom's `constrain`: the transform of the clamped window, so d3 itself never holds a window clampDomain would refuse. */
export function constrainTransform(t: { k: number; x: number }, bounds: TimeDomain, range: readonly [number, number]): { k: number; x: number } {
  const domain = transformToDomain(t, bounds, range);
  const clamped = clampDomain(domain, bounds);
  return sameDomain(domain, clamped) ? t : domainToTransform(clamped, bounds, range);
}

/** The greatest zoom factor: the whole bounds over the narrowest window. */
export function maxZoom(bounds: TimeDomain): number {
  return (bounds[1] - bounds[0]) / MIN_SPAN_MS;
}

/**
 * A window from its written edges, as every URL, story step and CLI writes them: a day-only `to` runs
 * to the end of that day ("from 2015-01-01 to 2025-06-30" includes 30 June); an edge with a time is
 * that instant. Null unless both are real and `to` comes after `from`.
 */
export function parseWindowEdges(from: string | null | undefined, to: string | null | undefined): TimeDomain | null {
  const a = parseIsoInstant(from);
  const b = parseIsoInstant(to);
  if (a === null || b === null) return null;
  const end = to!.length === 10 ? b + DAY_MS : b;
  return end > a ? [a, end] : null;
}

/** A story step's window: its edges as parseWindowEdges reads them; a `to` that is not after `from` gives the `from` day alone. */
export function windowOfStep(from: string, to: string): TimeDomain {
  const start = parseIsoDay(from) ?? 0;
  return parseWindowEdges(from, to) ?? [start, start + DAY_MS];
}

/** The written edges of a window: whole days when it starts and ends at midnight (the last day included), else to the minute. */
export function windowEdges(domain: TimeDomain): { from: string; to: string } {
  const [from, to] = domain;
  if (from % DAY_MS === 0 && to % DAY_MS === 0) return { from: toIsoInstant(from), to: toIsoInstant(to - DAY_MS) };
  const minute = (ms: number) => `${new Date(Math.round(ms / 60_000) * 60_000).toISOString().slice(0, 16)}Z`;
  return { from: minute(from), to: minute(to) };
}
