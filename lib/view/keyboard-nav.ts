export interface NavItem {
  id: string;
  lane: string;
  start: number;
  end: number;
}

const mid = (item: NavItem) => (item.start + item.end) / 2;

/** Items in the order arrow keys walk them: by start, then lane order, then id. */
export function sortForNavigation<T extends NavItem>(items: readonly T[], laneIds: readonly string[]): T[] {
  const laneIndex = new Map(laneIds.map((id, i) => [id, i]));
  return items
    .filter((item) => laneIndex.has(item.lane))
    .sort((a, b) => a.start - b.start || laneIndex.get(a.lane)! - laneIndex.get(b.lane)! || a.id.localeCompare(b.id));
}

/**
 * ←/→: the previous/next item in time order. From nothing, → starts at the first item in the window
 * and ← at the last one.
 */
export function stepInTime<T extends NavItem>(sorted: readonly T[], currentId: string | null, direction: 1 | -1, window: readonly [number, number]): T | null {
  if (sorted.length === 0) return null;
  const index = currentId === null ? -1 : sorted.findIndex((item) => item.id === currentId);
  if (index === -1) {
    if (direction === 1) return sorted.find((item) => item.start >= window[0]) ?? sorted.at(-1)!;
    return sorted.findLast((item) => item.start < window[1]) ?? sorted[0]!;
  }
  return sorted[Math.min(Math.max(index + direction, 0), sorted.length - 1)]!;
}

/** ↑/↓: the item nearest in time in the previous/next lane that has any items. */
export function stepAcrossLanes<T extends NavItem>(sorted: readonly T[], laneIds: readonly string[], currentId: string | null, direction: 1 | -1, nearMs: number): T | null {
  const current = sorted.find((item) => item.id === currentId);
  const at = current ? mid(current) : nearMs;
  const laneIndex = current ? laneIds.indexOf(current.lane) : direction === 1 ? -1 : laneIds.length;
  for (let lane = laneIndex + direction; lane >= 0 && lane < laneIds.length; lane += direction) {
    let best: T | null = null;
    for (const item of sorted)
      if (item.lane === laneIds[lane] && (!best || Math.abs(mid(item) - at) < Math.abs(mid(best) - at))) best = item;
    if (best) return best;
  }
  return current ?? null;
}
