import type { TimelineItem } from "../data/items";

/** Which titles the figure writes first: the selected event, then those experts comment on, then ranges, then the rest by date. */
export function labelPriority(items: readonly TimelineItem[], annotated: ReadonlySet<string>, selected: string | null): string[] {
  const rank = (item: TimelineItem) => (item.id === selected ? 0 : annotated.has(item.id) ? 1 : item.isRange ? 2 : 3);
  return [...items].sort((a, b) => rank(a) - rank(b) || a.start - b.start).map((item) => item.id);
}
