import type { Precision, TimelineEvent } from "../schema";
import { formatEventDate, formatEventDateUtc } from "../time/format";
import { eventInterval } from "../time/partial-date";

/** The slim, serialisable shape the chart draws: numbers and strings only. */
export interface TimelineItem {
  id: string;
  title: string;
  lane: string;
  /** [start, end) in UTC ms covering the whole precision span. */
  start: number;
  end: number;
  precision: Precision;
  /** Present when the event has an explicit end (a range). */
  isRange?: true;
  /** On the event's own clock: "22 June 2025, 02:30 Tehran". */
  dateLabel: string;
  /** The figure's label when the title is long (the editor's short name). */
  shortTitle?: string;
  /** The same time in UTC, for hover; only for timed events not already in UTC. */
  utcLabel?: string;
  /** 3 = headline, 2 = notable, 1 = background (see the event schema). */
  importance: number;
  /** Why the event is not confirmed, when it rests on one source. */
  unverified?: string;
}

export function toTimelineItem(event: TimelineEvent): TimelineItem {
  const [start, end] = eventInterval(event);
  const utcLabel = formatEventDateUtc(event);
  return {
    id: event.id,
    title: event.title,
    lane: event.lane,
    start,
    end,
    precision: event.precision,
    ...(event.end !== undefined && event.end !== event.date ? { isRange: true as const } : {}),
    dateLabel: formatEventDate(event),
    importance: event.importance,
    ...(event.shortTitle ? { shortTitle: event.shortTitle } : {}),
    ...(event.unverified ? { unverified: event.unverified } : {}),
    ...(utcLabel ? { utcLabel } : {}),
  };
}

/** How an item is drawn: a point (one exact day, hour or minute), a bar (a range) or a soft span (month/year precision). */
export type MarkKind = "point" | "bar" | "span";

export function markKind(item: Pick<TimelineItem, "isRange" | "precision">): MarkKind {
  if (item.isRange) return "bar";
  return item.precision === "month" || item.precision === "year" ? "span" : "point";
}
