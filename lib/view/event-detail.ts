import type { IndexedDataset } from "../data/index-dataset";
import type { Precision, Source } from "../schema";
import { formatEventDate, formatEventDateUtc, machineDate } from "../time/format";
import { noteExpert, noteHeadline } from "./note-detail";
import { noteWritten } from "./note-written";

export interface RelatedRef {
  id: string;
  title: string;
  dateLabel: string;
  /** Its interval in UTC ms: selecting it brings it into view even when the client does not hold it. */
  start: number;
  end: number;
  /** The link's label as written on the source event: out = this event {label} it; in = it {label} this event. */
  label: string;
  direction: "out" | "in";
}

export interface DetailAnnotation {
  id: string;
  quote: string;
  theme: string;
  /** The editor's summary, distinct from the verbatim quote. */
  headline: string;
  expert: { id: string; name: string; role: string; institution: string };
  source: Source;
  /** When the commentary was written ("April 2025"), from its snapshot. */
  written: string;
  /** Every event the note is anchored to, this one included, in date order. */
  events: { id: string; title: string; dateLabel: string; start: number; end: number }[];
}

/** An event near this one in time, as a briefing frames a window around it. */
export interface NeighbourRef {
  id: string;
  lane: string;
  start: number;
  end: number;
}

/** How many events on each side of the event the detail answer names as neighbours, across all lanes. */
export const NEIGHBOURS_PER_SIDE = 12;

/** Everything the detail panel shows about one event, resolved and serialisable. */
export interface EventDetail {
  id: string;
  title: string;
  summary: string;
  date: string;
  end: string | null;
  precision: Precision;
  dateLabel: string;
  importance: number;
  /** The same time in UTC, for hover; null unless the event has a time of day outside UTC. */
  utcLabel: string | null;
  /** For <time datetime>: the date, or the UTC instant of a time. */
  dateTime: string;
  dateNote: string | null;
  /** Why the event is not confirmed, when it rests on one source. */
  unverified: string | null;
  lane: { id: string; label: string; colour: string };
  /** Its interval [start, end) in UTC ms. */
  interval: [number, number];
  /** The events just before and after it in time (any lane), nearest first on each side. */
  neighbours: NeighbourRef[];
  actors: string[];
  tags: string[];
  sources: Source[];
  related: RelatedRef[];
  annotations: DetailAnnotation[];
}

/** Events sorted by start: binary search for this one's place, then walk outwards. */
function neighboursOf(data: IndexedDataset, id: string, start: number): NeighbourRef[] {
  const { events, intervalById } = data;
  const startOf = (i: number) => intervalById.get(events[i]!.id)![0];
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (startOf(mid) < start) lo = mid + 1;
    else hi = mid;
  }
  let at = lo;
  while (at < events.length && events[at]!.id !== id) at++;
  const ref = (i: number): NeighbourRef => {
    const event = events[i]!;
    const [s, e] = intervalById.get(event.id)!;
    return { id: event.id, lane: event.lane, start: s, end: e };
  };
  const out: NeighbourRef[] = [];
  for (let i = at - 1; i >= 0 && i >= at - NEIGHBOURS_PER_SIDE; i--) out.push(ref(i));
  for (let i = at + 1; i < events.length && i <= at + NEIGHBOURS_PER_SIDE; i++) out.push(ref(i));
  return out;
}

/** The event with its links resolved both ways and the commentary anchored to it; null if unknown. */
export function getEventDetail(data: IndexedDataset, id: string): EventDetail | null {
  const event = data.eventById.get(id);
  if (!event) return null;
  const lane = data.lanes.find((l) => l.id === event.lane);
  const ref = (otherId: string, label: string, direction: RelatedRef["direction"]): RelatedRef[] => {
    const other = data.eventById.get(otherId);
    const interval = data.intervalById.get(otherId);
    return other && interval ? [{ id: other.id, title: other.title, dateLabel: formatEventDate(other), start: interval[0], end: interval[1], label, direction }] : [];
  };
  const interval = data.intervalById.get(id)!;
  const incoming = (data.incomingById.get(id) ?? []).filter((link) => !event.related.some((r) => r.id === link.id));
  return {
    id: event.id,
    title: event.title,
    summary: event.summary,
    date: event.date,
    end: event.end ?? null,
    precision: event.precision,
    dateLabel: formatEventDate(event),
    importance: event.importance,
    utcLabel: formatEventDateUtc(event),
    dateTime: machineDate(event),
    dateNote: event.dateNote ?? null,
    unverified: event.unverified ?? null,
    lane: { id: event.lane, label: lane?.label ?? event.lane, colour: lane?.colour ?? "#52606d" },
    interval,
    neighbours: neighboursOf(data, id, interval[0]),
    actors: event.actors,
    tags: event.tags,
    sources: event.sources,
    related: [
      ...event.related.flatMap((link) => ref(link.id, link.label, "out")),
      ...incoming.flatMap((link) => ref(link.id, link.label, "in")),
    ],
    annotations: (data.annotationsByEvent.get(id) ?? []).map((note) => ({
      id: note.id,
      quote: note.quote,
      theme: note.theme,
      headline: noteHeadline(note),
      expert: noteExpert(data, note.expert),
      source: note.source,
      written: noteWritten(data, note).label,
      events: note.anchors.events
        .flatMap((eventId) => {
          const anchor = data.eventById.get(eventId);
          const at = data.intervalById.get(eventId);
          return anchor && at ? [{ id: anchor.id, title: anchor.title, dateLabel: formatEventDate(anchor), start: at[0], end: at[1] }] : [];
        })
        .sort((a, b) => a.start - b.start),
    })),
  };
}
