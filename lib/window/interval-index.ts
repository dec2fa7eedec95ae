import { bisector } from "d3-array";
import { DAY_MS } from "../time/partial-date";

/** What the index needs of an item: its [start, end) in UTC ms. */
export interface Interval {
  start: number;
  end: number;
}

/**
 * Items of one duration class, sorted by start. Within a class every item lasts at most
 * `maxDuration`, so the items overlapping [from, to) start in [from - maxDuration, to).
 */
interface DurationClass<T extends Interval> {
  items: T[];
  maxDuration: number;
}

/** Classes by duration (1 day, 4 days, 16 days, … ): a scan never wades through many long-ago starts. */
const CLASS_LIMITS = [1, 4, 16, 64, 256, 1024, Infinity].map((days) => days * DAY_MS);
const byStart = bisector((item: Interval) => item.start);

/** The one interval index: the window API on the server and the figure in the browser both use it. */
export interface IntervalIndex<T extends Interval = Interval> {
  size: number;
  classes: DurationClass<T>[];
}

export function createIntervalIndex<T extends Interval>(items: readonly T[]): IntervalIndex<T> {
  const groups = CLASS_LIMITS.map(() => [] as T[]);
  for (const item of items) groups[CLASS_LIMITS.findIndex((limit) => item.end - item.start <= limit)]!.push(item);
  const classes = groups
    .filter((group) => group.length > 0)
    .map((group) => {
      group.sort((a, b) => a.start - b.start);
      let maxDuration = 0;
      for (const item of group) maxDuration = Math.max(maxDuration, item.end - item.start);
      return { items: group, maxDuration };
    });
  return { size: items.length, classes };
}

/** Calls `visit` for every item intersecting [from, to), in O(log n + k) per duration class. */
export function visitWindow<T extends Interval>(index: IntervalIndex<T>, from: number, to: number, visit: (item: T) => void) {
  for (const { items, maxDuration } of index.classes) {
    const end = byStart.left(items, to);
    for (let i = byStart.left(items, from - maxDuration); i < end; i++) if (items[i]!.end > from) visit(items[i]!);
  }
}
