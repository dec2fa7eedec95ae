import type { Lane } from "@/lib/schema";
import { formatCount } from "@/lib/scene/text";

interface ReportTooLargeProps {
  count: number;
  limit: number;
  title: string;
  period: string;
  /** The explorer at the same view. */
  explorerHref: string;
  /** A report of a period that fits, when there is one. */
  narrowerHref: string | null;
  narrowerPeriod: string | null;
  byLane: { lane: Lane; count: number }[];
}

/** The answer (413) to a report that would list more events than one report may hold. */
export function ReportTooLarge({ count, limit, title, period, explorerHref, narrowerHref, narrowerPeriod, byLane }: ReportTooLargeProps) {
  return (
    <main className="report-page report-too-large" role="alert">
      <h1>This report would be too long</h1>
      <p>
        {title}, {period}: this view holds <strong>{formatCount(count)} events</strong>, and one report lists at most{" "}
        {formatCount(limit)}. Choose a shorter period or fewer lanes.
      </p>
      <ul>
        {narrowerHref && narrowerPeriod && (
          <li>
            <a href={narrowerHref}>Report on {narrowerPeriod}</a> instead (the first {formatCount(limit)} events or fewer).
          </li>
        )}
        <li>
          <a href={explorerHref}>Open this view in the explorer</a> to zoom in or hide lanes, then print from there.
        </li>
      </ul>
      <h2>Events in this view by lane</h2>
      <ul>
        {byLane.map(({ lane, count: n }) => (
          <li key={lane.id}>
            {lane.label}: {formatCount(n)}
          </li>
        ))}
      </ul>
    </main>
  );
}
