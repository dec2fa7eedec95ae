import type { ReportModel } from "@/lib/report/report-model";
import { machineDate } from "@/lib/time/format";
import { SourceRefs } from "./SourceRefs";

/** Every event in the period, in order, with its lane and the numbers of its sources. */
export function ReportEventTable({ model, highlight }: { model: ReportModel; highlight: string | null }) {
  if (model.entries.length === 0) return <p className="report-empty">No events match this period and these filters.</p>;
  return (
    <table className="report-events">
      <caption className="visually-hidden">Events {model.period}, in chronological order</caption>
      <colgroup>
        <col className="col-number" />
        <col className="col-date" />
        <col />
        <col className="col-sources" />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">
            <abbr title="Number on the figure">No.</abbr>
          </th>
          <th scope="col">Date and lane</th>
          <th scope="col">Event</th>
          <th scope="col">Sources</th>
        </tr>
      </thead>
      <tbody>
        {model.entries.map(({ event, lane, dateLabel, sourceNumbers }, i) => (
          <tr key={event.id} id={`event-${event.id}`} data-event-id={event.id} className={event.id === highlight ? "is-selected" : undefined}>
            <td className="cell-number">{i + 1}</td>
            <td className="cell-date">
              <time dateTime={machineDate(event)}>{dateLabel}</time>
              <span className="cell-lane">
                <span className="lane-swatch" style={{ background: lane.colour }} aria-hidden="true" />
                {lane.label}
              </span>
            </td>
            <td>
              <strong className="event-title">{event.title}</strong>
              <span className="event-summary">{event.summary}</span>
              {event.dateNote && <span className="event-date-note">Date note: {event.dateNote}</span>}
              {event.unverified && (
                <span className="event-unverified">
                  <strong>Unverified:</strong> {event.unverified}
                </span>
              )}
            </td>
            <td className="cell-sources">
              <SourceRefs numbers={sourceNumbers} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
