import type { Lane } from "@/lib/schema";

const MARKS = [
  { kind: "point", label: "Event on a known day" },
  { kind: "bar", label: "Event lasting several days or more" },
  { kind: "span", label: "Date known only to the month or year (the whole span)" },
] as const;

function Swatch({ kind }: { kind: (typeof MARKS)[number]["kind"] | "snapshot" }) {
  return (
    <svg width="28" height="12" viewBox="0 0 28 12" aria-hidden="true">
      {kind === "point" && <circle cx="14" cy="6" r="5" fill="#52606d" stroke="#fff" />}
      {kind === "bar" && <rect x="2" y="2" width="24" height="8" rx="2" fill="#52606d" />}
      {kind === "span" && <rect x="2" y="1" width="24" height="10" rx="5" fill="#52606d" fillOpacity="0.3" stroke="#52606d" strokeDasharray="3 2" strokeWidth="1.5" />}
      {kind === "snapshot" && <line x1="14" x2="14" y1="0" y2="12" stroke="#b42318" strokeWidth="1.5" strokeDasharray="4 3" />}
    </svg>
  );
}

/** Key to the figure: lanes by name (their bands are labelled too, so grey-scale prints read), mark kinds and the snapshot line. */
export function ReportLegend({ lanes, asOfLabel }: { lanes: readonly Lane[]; asOfLabel: string | null }) {
  return (
    <div className="report-legend">
      <h2 className="visually-hidden">Legend</h2>
      <ul aria-label="Lanes">
        {lanes.map((lane) => (
          <li key={lane.id}>
            <span className="lane-swatch" style={{ background: lane.colour }} aria-hidden="true" />
            {lane.label}
          </li>
        ))}
      </ul>
      <ul aria-label="Marks">
        {MARKS.map((mark) => (
          <li key={mark.kind}>
            <Swatch kind={mark.kind} />
            {mark.label}
          </li>
        ))}
        {asOfLabel !== null && (
          <li>
            <Swatch kind="snapshot" />
            Snapshot line: {asOfLabel}
          </li>
        )}
      </ul>
    </div>
  );
}
