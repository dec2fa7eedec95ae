import type { IndexedDataset } from "@/lib/data/index-dataset";
import type { TimelineEvent } from "@/lib/schema";
import { formatEventDate, machineDate } from "@/lib/time/format";
import { SourceList } from "./SourceList";

/** The chronological, readable-without-JavaScript list of events, each with its sources. */
export function EventList({ data, events }: { data: IndexedDataset; events: readonly TimelineEvent[] }) {
  const laneById = new Map(data.lanes.map((lane) => [lane.id, lane]));
  return (
    <ol className="event-list">
      {events.map((event) => {
        const lane = laneById.get(event.lane);
        return (
          <li key={event.id} id={`event-${event.id}`} data-event-id={event.id}>
            <time dateTime={machineDate(event)}>{formatEventDate(event)}</time>
            <div>
              <h3>
                {event.title}
                {lane && (
                  <span className="lane-chip" style={{ borderColor: lane.colour }}>
                    <span className="swatch" style={{ background: lane.colour }} aria-hidden="true" />
                    {lane.label}
                  </span>
                )}
              </h3>
              <p>{event.summary}</p>
              {event.dateNote && <p className="date-note">Date note: {event.dateNote}</p>}
              <SourceList sources={event.sources} className="sources" />
            </div>
          </li>
        );
      })}
    </ol>
  );
}
