import type { TimelineItem } from "@/lib/data/items";
import { formatPeriod } from "@/lib/report/period";
import { wholeDays } from "@/lib/view/domain";
import type { TimeDomain } from "@/lib/time/scale";
import { UnverifiedBadge } from "./Unverified";
import { countOf, formatCount } from "@/lib/scene/text";

/** Above this many, the page lists only the first: the report prints them all without weighing on the explorer. */
export const LISTED_EVENTS_LIMIT = 150;

interface ViewEventListProps {
  /** The view's events in date order: the figure's text alternative. */
  items: readonly TimelineItem[];
  /** How many events the view holds (the header's count). */
  count: number;
  total: number;
  lanes: readonly { id: string; label: string; colour: string }[];
  /** The view as URL parameters, for links. */
  params: URLSearchParams;
  domain: TimeDomain;
  limit?: number;
}

/**
 * The view's events as a chronological list, readable without JavaScript: date, title, lane, and a link
 * to each event's detail. Summaries and sources are a click away; long views point to the report.
 */
export function ViewEventList({ items, count, total, lanes, params, domain, limit = LISTED_EVENTS_LIMIT }: ViewEventListProps) {
  const listed = items.slice(0, limit);
  const rest = count - listed.length;
  const laneById = new Map(lanes.map((lane) => [lane.id, lane]));
  const link = (id: string) => {
    const search = new URLSearchParams(params);
    search.set("event", id);
    return `/?${search}`;
  };
  const query = params.toString();
  return (
    <section className="all-events" aria-labelledby="all-events-heading">
      <h2 id="all-events-heading">
        {formatCount(count)} of {formatCount(total)} events, {formatPeriod(wholeDays(domain))}, in order
      </h2>
      <ol className="event-list">
        {listed.map((item) => {
          const lane = laneById.get(item.lane);
          return (
            <li key={item.id} id={`event-${item.id}`}>
              <time dateTime={new Date(item.start).toISOString().slice(0, 10)}>{item.dateLabel}</time>
              <span className="event-list-title">
                <a href={link(item.id)}>{item.title}</a>
                {item.unverified && <UnverifiedBadge reason={item.unverified} />}
                {lane && <span className="lane-chip">{lane.label}</span>}
              </span>
            </li>
          );
        })}
      </ol>
      {rest > 0 && (
        <p className="more-events">
          {countOf(rest, "more event", "more events")} not listed here — narrow the window or the filters, or{" "}
          <a href={query ? `/report?${query}` : "/report"}>read the report of this view</a>, which lists them all with sources.
        </p>
      )}
    </section>
  );
}
