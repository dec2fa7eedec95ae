import { toTimelineItem } from "../../lib/data/items";
import type { Manifest, TimelineEvent } from "../../lib/schema";
import { toTlDate } from "../../lib/interop/timelinejs-dates";

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

/**
 * TimelineJS's JSON shape: one slide per event, grouped by lane label. Leaner than lib/interop's export on purpose
 * (no media, which TimelineJS would try to fetch, and no extension), so the benchmark measures drawing alone.
 */
export function toTimelineJsData(manifest: Manifest, events: readonly TimelineEvent[]) {
  const label = new Map(manifest.lanes.map((lane) => [lane.id, lane.label]));
  return {
    events: events.map((event) => ({
      unique_id: event.id,
      start_date: toTlDate(event.date, event.precision),
      ...(event.end ? { end_date: toTlDate(event.end, event.precision) } : {}),
      text: { headline: event.title, text: event.summary },
      group: label.get(event.lane),
    })),
  };
}
