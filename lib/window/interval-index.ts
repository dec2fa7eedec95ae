import type { TimelineItem } from "../data/items";
import { DAY_MS } from "../time/partial-date";

/**
 * Items of one duration class, sorted by start. Within a class every item lasts at most
 * `maxDuration`, so the items overlapping [from, to) start in [from - maxDuration, to).
 */
interface DurationClass {
  items: TimelineItem[];
  starts: Float64Array;
  maxDuration: number;
}

/** Classes by duration (1 day, 4 days, 16 days, … ): a scan never wades through many long-ago starts. */
const CLASS_LIMITS = [1, 4, 16, 64, 256, 1024, Infinity].map((days) => days * DAY_MS);

export interface IntervalIndex {
  size: number;
  classes: DurationClass[];
}

export function lowerBound(values: Float64Array, target: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function createIntervalIndex(items: readonly TimelineItem[]): IntervalIndex {
  const groups = CLASS_LIMITS.map(() => [] as TimelineItem[]);
  for (const item of items) groups[CLASS_LIMITS.findIndex((limit) => item.end - item.start <= limit)]!.push(item);
  const classes = groups
    .filter((group) => group.length > 0)
    .map((group) => {
      group.sort((a, b) => a.start - b.start);
      let maxDuration = 0;
      for (const item of group) maxDuration = Math.max(maxDuration, item.end - item.start);
      return { items: group, starts: Float64Array.from(group, (item) => item.start), maxDuration };
    });
  return { size: items.length, classes };
}

/** Calls `visit` for every item intersecting [from, to), in O(log n + k) per duration class. */
export function visitWindow(index: IntervalIndex, from: number, to: number, visit: (item: TimelineItem) => void) {
  for (const { items, starts, maxDuration } of index.classes) {
    const end = lowerBound(starts, to);
    for (let i = lowerBound(starts, from - maxDuration); i < end; i++) if (items[i]!.end > from) visit(items[i]!);
  }
}
