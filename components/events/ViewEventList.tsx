import type { IndexedDataset } from "@/lib/data/index-dataset";
import { formatPeriod, reportWindow } from "@/lib/report/period";
import type { TimelineEvent } from "@/lib/schema";
import type { TimeDomain } from "@/lib/time/scale";
import { EventList } from "./EventList";

/** Above this many, the page lists only the first: the report prints them all without weighing on the explorer. */
export const LISTED_EVENTS_LIMIT = 500;

interface ViewEventListProps {
  data: IndexedDataset;
  /** The view's events in date order (what its report lists). */
  events: readonly TimelineEvent[];
  /** The view as URL parameters, for the report link. */
  params: URLSearchParams;
  domain: TimeDomain;
  limit?: number;
}

/** The view's events as a chronological list with sources, readable without JavaScript; long views are cut short with a pointer to the report. */
export function ViewEventList({ data, events, params, domain, limit = LISTED_EVENTS_LIMIT }: ViewEventListProps) {
  const listed = events.length > limit ? events.slice(0, limit) : events;
  const rest = events.length - listed.length;
  const whole = events.length === data.events.length;
  const query = params.toString();
  return (
    <section className="all-events" aria-labelledby="all-events-heading">
      <h2 id="all-events-heading">
        {whole ? `All ${events.length.toLocaleString("en-GB")} events` : `${events.length.toLocaleString("en-GB")} of ${data.events.length.toLocaleString("en-GB")} events, ${formatPeriod(reportWindow(domain))}`}, in order, with sources
      </h2>
      <EventList data={data} events={listed} />
      {rest > 0 && (
        <p className="more-events">
          {rest.toLocaleString("en-GB")} more {rest === 1 ? "event" : "events"} not listed here — narrow the window or the filters, or{" "}
          <a href={query ? `/report?${query}` : "/report"}>read the report of this view</a>, which lists them all.
        </p>
      )}
    </section>
  );
}
