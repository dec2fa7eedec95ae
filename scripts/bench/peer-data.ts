import { toTimelineItem } from "../../lib/data/items";
import type { Manifest, TimelineEvent } from "../../lib/schema";
import { parsePartialDate } from "../../lib/time/partial-date";

/** vis-timeline's shape: one group per lane, items with ISO start (and end for ranges). */
export function toVisData(manifest: Manifest, events: readonly TimelineEvent[]) {
  const items = events.map(toTimelineItem);
  const start = Math.min(...items.map((item) => item.start));
  const end = items.reduce((max, item) => Math.max(max, item.end), start);
  return {
    groups: [...manifest.lanes].sort((a, b) => a.order - b.order).map((lane) => ({ id: lane.id, content: lane.label })),
    items: items.map((item) => ({
      id: item.id,
      group: item.lane,
      content: item.title,
      start: new Date(item.start).toISOString(),
      ...(item.isRange ? { end: new Date(item.end).toISOString() } : {}),
    })),
    start: new Date(start).toISOString(),
    end: new Date(end).toISOString(),
  };
}

function tlDate(value: string) {
  const { year, month, day } = parsePartialDate(value)!;
  return { year, ...(month ? { month } : {}), ...(day ? { day } : {}) };
}

/** TimelineJS's JSON shape: one slide per event, grouped by lane label. */
export function toTimelineJsData(manifest: Manifest, events: readonly TimelineEvent[]) {
  const label = new Map(manifest.lanes.map((lane) => [lane.id, lane.label]));
  return {
    events: events.map((event) => ({
      unique_id: event.id,
      start_date: tlDate(event.date),
      ...(event.end ? { end_date: tlDate(event.end) } : {}),
      text: { headline: event.title, text: event.summary },
      group: label.get(event.lane),
    })),
  };
}
