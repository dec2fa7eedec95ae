import type { TimelineItem } from "../data/items";

interface LaneItems {
  /** Sorted by start. */
  items: TimelineItem[];
  /** maxEnd[i]: the latest end among items[0..i], so the first item that can reach a window is a binary search. */
  maxEnd: number[];
}

/** Items grouped by lane and sorted by start, built once per data change so a frame only walks what it shows. */
export interface LaneIndex {
  lanes: Map<string, LaneItems>;
}

export function createLaneIndex(items: readonly TimelineItem[]): LaneIndex {
  const lanes = new Map<string, LaneItems>();
  for (const item of items) {
    const lane = lanes.get(item.lane);
    if (lane) lane.items.push(item);
    else lanes.set(item.lane, { items: [item], maxEnd: [] });
  }
  for (const lane of lanes.values()) {
    lane.items.sort((a, b) => a.start - b.start);
    let max = -Infinity;
    lane.maxEnd = lane.items.map((item) => (max = Math.max(max, item.end)));
  }
  return { lanes };
}

export function isLaneIndex(value: unknown): value is LaneIndex {
  return typeof value === "object" && value !== null && "lanes" in value && (value as LaneIndex).lanes instanceof Map;
}

/** A lane's items overlapping [from, to), in start order: O(log n + items between). */
export function itemsInWindow(index: LaneIndex, lane: string, from: number, to: number): TimelineItem[] {
  const entry = index.lanes.get(lane);
  if (!entry) return [];
  const { items, maxEnd } = entry;
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (maxEnd[mid]! > from) hi = mid;
    else lo = mid + 1;
  }
  const out: TimelineItem[] = [];
  for (let i = lo; i < items.length && items[i]!.start < to; i++) if (items[i]!.end > from) out.push(items[i]!);
  return out;
}
