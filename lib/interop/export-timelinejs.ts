import type { Dataset } from "../data/validate";
import type { TimelineEvent } from "../schema";
import { formatEventDate } from "../time/format";
import { isTimed } from "../time/partial-date";
import { ERA_LANE } from "./draft";
import { textToHtml } from "./text";
import { toTlDate } from "./timelinejs-dates";

/**
 * Events as TimelineJS3 JSON. Precision travels by omission (a month-precise date has no day); lanes become groups,
 * the Eras lane becomes eras; the first source becomes the slide's media with its publisher as credit. Times are
 * written on the event's own clock with our label as display_date. Everything TimelineJS has no place for (zone,
 * lane id, actors, tags, all sources, links) rides along in a `snapshots` object, which TimelineJS ignores and our
 * import reads, so a round trip through this file loses nothing.
 */
export function exportTimelineJs(dataset: Pick<Dataset, "manifest">, events: readonly TimelineEvent[]) {
  const label = new Map(dataset.manifest.lanes.map((lane) => [lane.id, lane.label]));
  const OWN_FIELDS = new Set(["id", "title", "summary"]);
  const extension = (event: TimelineEvent) => Object.fromEntries(Object.entries(event).filter(([key]) => !OWN_FIELDS.has(key)));
  const dates = (event: TimelineEvent) => ({
    start_date: toTlDate(event.date, event.precision),
    ...(event.end !== undefined ? { end_date: toTlDate(event.end, event.precision) } : {}),
  });
  // TimelineJS reads text as HTML: ours is plain text, so it is escaped (and reads back as the same text).
  const text = (event: TimelineEvent) => ({ headline: textToHtml(event.title), text: textToHtml(event.summary) });
  const slides = events.filter((event) => event.lane !== ERA_LANE.id);
  const eras = events.filter((event) => event.lane === ERA_LANE.id);
  return {
    title: { text: { headline: textToHtml(dataset.manifest.title), text: textToHtml(dataset.manifest.description) } },
    events: slides.map((event) => {
      const source = event.sources[0];
      return {
        unique_id: event.id,
        ...dates(event),
        ...(isTimed(event.precision) ? { display_date: formatEventDate(event) } : {}),
        text: text(event),
        ...(source ? { media: { url: source.url, credit: textToHtml(source.publisher), caption: textToHtml(source.title) } } : {}),
        group: label.get(event.lane) ?? event.lane,
        snapshots: extension(event),
      };
    }),
    ...(eras.length > 0
      ? { eras: eras.map((event) => ({ unique_id: event.id, ...dates(event), end_date: toTlDate(event.end ?? event.date, event.precision), text: text(event), snapshots: extension(event) })) }
      : {}),
  };
}
