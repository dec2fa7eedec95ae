import { DAY_MS } from "../time/partial-date";
import type { TimeDomain } from "../time/scale";
import { padDomain, wholeDays } from "../view/domain";

/** An event as the framing rule needs it: its interval [start, end) in UTC ms and its lane. */
export interface FrameEvent {
  id: string;
  lane: string;
  start: number;
  end: number;
}

export interface FrameOptions {
  /** How many neighbours to take on each side of the event, nearest first. */
  perSide: number;
  /** The window is never narrower than this… */
  minSpanMs: number;
  /** …nor wider, unless the event alone is wider. */
  maxSpanMs: number;
  /** Air on each side, as a share of the content's span. */
  padding: number;
}

export const DEFAULT_FRAME: FrameOptions = { perSide: 2, minSpanMs: 30 * DAY_MS, maxSpanMs: 3 * 365 * DAY_MS, padding: 0.12 };

export interface Frame {
  domain: TimeDomain;
  /** The event's lane and the lanes of every neighbour inside the window, in `laneOrder`. */
  lanes: string[];
  /** The neighbours the window was drawn around. */
  neighbours: string[];
}

const centre = (e: FrameEvent) => (e.start + e.end) / 2;

/**
 * The window a slide about `event` shows: the event with its nearest neighbours in time on either
 * side (only those in `allowedLanes`), as long as the whole stays within the maximum span; padded,
 * at least the minimum span, and rounded to whole days as the URL stores windows.
 */
export function frameEvent(
  event: FrameEvent,
  candidates: readonly FrameEvent[],
  allowedLanes: readonly string[],
  laneOrder: readonly string[],
  options: FrameOptions = DEFAULT_FRAME,
): Frame {
  const allowed = new Set(allowedLanes);
  const others = candidates.filter((c) => c.id !== event.id && allowed.has(c.lane));
  const c0 = centre(event);
  const nearest = (side: FrameEvent[]) => side.sort((a, b) => Math.abs(centre(a) - c0) - Math.abs(centre(b) - c0)).slice(0, options.perSide);
  const before = nearest(others.filter((c) => centre(c) < c0));
  const after = nearest(others.filter((c) => centre(c) >= c0));
  // Up to perSide from each side, so one crowded side cannot crowd out the other; then nearest first.
  const order = [...before, ...after].sort((a, b) => Math.abs(centre(a) - c0) - Math.abs(centre(b) - c0));
  const fits = options.maxSpanMs / (1 + 2 * options.padding);
  let content: [number, number] = [event.start, event.end];
  const taken: FrameEvent[] = [];
  for (const n of order) {
    const next: [number, number] = [Math.min(content[0], n.start), Math.max(content[1], n.end)];
    if (next[1] - next[0] > fits) continue;
    content = next;
    taken.push(n);
  }
  const domain = wholeDays(padDomain(content, { ...options, minSpan: options.minSpanMs, maxSpan: options.maxSpanMs, floor: (event.end - event.start) * (1 + 2 * options.padding) }));
  const inside = others.filter((c) => c.start < domain[1] && c.end > domain[0]);
  const lanes = new Set([event.lane, ...inside.map((n) => n.lane)]);
  const rank = (id: string) => {
    const i = laneOrder.indexOf(id);
    return i < 0 ? laneOrder.length : i;
  };
  return { domain, lanes: [...lanes].sort((a, b) => rank(a) - rank(b)), neighbours: taken.map((n) => n.id) };
}

