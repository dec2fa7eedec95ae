import ical from "ical-generator";
import type { Dataset } from "../data/validate";
import type { TimelineEvent } from "../schema";
import { eventInterval, isTimed, parseIsoDay } from "../time/partial-date";

function description(event: TimelineEvent): string {
  const sources = event.sources.map((source, i) => `${i + 1}. ${source.title} — ${source.publisher}. ${source.url}`);
  return [event.summary, event.dateNote ? `Date: ${event.dateNote}` : "", `Sources:\n${sources.join("\n")}`].filter(Boolean).join("\n\n");
}

/**
 * Events as an iCalendar file (RFC 5545, written by ical-generator): one VEVENT per event. Day, month and year
 * precision are all-day DATE values spanning the whole period (DTEND the day after the last day); hours and minutes
 * are UTC instants. UIDs are the event id at the data set, so a re-import updates a calendar instead of doubling it;
 * DTSTAMP is `stamp` (the set's as-of day by default), so the same view always gives the same file.
 */
export function exportIcs(dataset: Pick<Dataset, "manifest">, events: readonly TimelineEvent[], stamp?: number): string {
  const { manifest } = dataset;
  const lanes = new Map(manifest.lanes.map((lane) => [lane.id, lane.label]));
  const calendar = ical({ name: manifest.title, description: manifest.description, prodId: { company: "Snapshots", product: manifest.id, language: "EN" } });
  const dtstamp = new Date(stamp ?? parseIsoDay(manifest.asOf)!);
  for (const event of events) {
    const [start, end] = eventInterval(event);
    calendar.createEvent({
      id: `${event.id}@${manifest.id}.snapshots`,
      start: new Date(start),
      end: new Date(end),
      allDay: !isTimed(event.precision),
      stamp: dtstamp,
      summary: event.title,
      description: description(event),
      url: event.sources[0]?.url,
      categories: [{ name: lanes.get(event.lane) ?? event.lane }],
    });
  }
  return calendar.toString();
}
