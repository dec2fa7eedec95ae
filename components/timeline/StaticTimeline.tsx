import type { Lane } from "@/lib/schema";
import type { TimelineItem } from "@/lib/data/items";
import { fitLabels } from "@/lib/layout/fit-labels";
import { layoutStaticTimeline, POINT_RADIUS, type PlacedMark } from "@/lib/layout/static-layout";
import { createTimeScale, type TimeDomain } from "@/lib/time/scale";
import { createAxisTicks } from "@/lib/time/ticks";

interface StaticTimelineProps {
  items: readonly TimelineItem[];
  lanes: readonly Lane[];
  domain: TimeDomain;
  /** The snapshot line: when the commentary was written. */
  asOf?: { ms: number; label: string };
  width?: number;
  highlight?: ReadonlySet<string>;
  /** Events whose title is written next to the mark. */
  labelled?: ReadonlySet<string>;
  /** Events to label where the title fits without overlapping, most important first (replaces `labelled`). */
  labelPriority?: readonly string[];
  title: string;
  className?: string;
}

const GUTTER = 150;
const AXIS = 28;

function Mark({ mark, colour, highlighted }: { mark: PlacedMark; colour: string; highlighted: boolean }) {
  const { item, kind, x0, x1, y } = mark;
  const label = `${item.title} — ${item.dateLabel}`;
  const stroke = highlighted ? "#111" : "none";
  if (kind === "point")
    return (
      <circle data-event-id={item.id} data-kind={kind} cx={(x0 + x1) / 2} cy={y} r={POINT_RADIUS} fill={colour} stroke={highlighted ? "#111" : "#fff"} strokeWidth={highlighted ? 2 : 1}>
        <title>{label}</title>
      </circle>
    );
  if (kind === "bar")
    return (
      <rect data-event-id={item.id} data-kind={kind} x={x0} y={y - 4} width={x1 - x0} height={8} rx={2} fill={colour} stroke={stroke} strokeWidth={2}>
        <title>{label}</title>
      </rect>
    );
  return (
    <rect data-event-id={item.id} data-kind={kind} x={x0} y={y - 5} width={x1 - x0} height={10} rx={5} fill={colour} fillOpacity={0.3} stroke={colour} strokeDasharray="3 2" strokeWidth={1.5}>
      <title>{`${label} (${item.precision} precision)`}</title>
    </rect>
  );
}

/** A server-renderable SVG timeline: one band per lane on one time scale. Works without JavaScript. */
export function StaticTimeline({ items, lanes, domain, asOf, width = 1200, highlight, labelled, labelPriority, title, className }: StaticTimelineProps) {
  const plot = { x0: GUTTER, x1: width - 16, top: AXIS };
  const layout = layoutStaticTimeline(items, lanes, domain, plot);
  const x = createTimeScale(domain, [plot.x0, plot.x1]);
  const ticks = createAxisTicks(x);
  const fitted = labelPriority ? fitLabels(layout.marks, labelPriority, plot) : null;
  const height = layout.height + 8;
  const colourOf = new Map(lanes.map((lane) => [lane.id, lane.colour]));
  const asOfX = asOf && asOf.ms >= domain[0] && asOf.ms <= domain[1] ? x(asOf.ms) : null;
  return (
    <svg className={className ? `static-timeline ${className}` : "static-timeline"} viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="static-timeline-title" style={{ width: "100%", height: "auto" }}>
      <title id="static-timeline-title">{title}</title>
      {layout.lanes.map(({ lane, y0, height: h }, i) => (
        <g key={lane.id} data-lane={lane.id}>
          <rect x={0} y={y0} width={width} height={h} fill={i % 2 ? "#f6f7f9" : "#fff"} />
          <text x={12} y={y0 + h / 2} dominantBaseline="middle" fontSize={13} fontWeight={600} fill="#1f2933">
            {lane.label}
          </text>
        </g>
      ))}
      <g aria-hidden="true">
        {ticks.map((tick) => (
          <g key={tick.ms} transform={`translate(${x(tick.ms)},0)`}>
            <line y1={AXIS - 6} y2={layout.height} stroke="#d5d9e0" />
            <text y={AXIS - 10} textAnchor={x(tick.ms) > width - 40 ? "end" : "middle"} fontSize={11} fill="#52606d">
              {tick.label}
            </text>
          </g>
        ))}
      </g>
      {asOfX !== null && asOf && (
        <g className="snapshot-line">
          <line x1={asOfX} x2={asOfX} y1={AXIS - 4} y2={layout.height} stroke="#b42318" strokeWidth={1.5} strokeDasharray="4 3" />
          <text x={asOfX - 4} y={layout.height - 4} textAnchor="end" fontSize={11} fontWeight={600} fill="#b42318">
            {asOf.label}
          </text>
        </g>
      )}
      {layout.marks.map((mark) => (
        <Mark key={mark.item.id} mark={mark} colour={colourOf.get(mark.item.lane) ?? "#555"} highlighted={highlight?.has(mark.item.id) ?? false} />
      ))}
      {fitted?.map(({ id, title: text, x: lx, y, anchor }) => (
        <text key={`label-${id}`} className="mark-label" x={lx} y={y} dominantBaseline="middle" fontSize={12} fontWeight={600} fill="#111" textAnchor={anchor} paintOrder="stroke" stroke="#fff" strokeWidth={3}>
          {text}
        </text>
      ))}
      {layout.marks
        .filter((mark) => !fitted && labelled?.has(mark.item.id))
        .map(({ item, x1, y }) => (
          <text key={`label-${item.id}`} className="mark-label" x={Math.min(x1 + 4, width - 8)} y={y} dominantBaseline="middle" fontSize={12} fontWeight={600} fill="#111" textAnchor={x1 + 4 > width - 200 ? "end" : "start"} paintOrder="stroke" stroke="#fff" strokeWidth={3}>
            {item.title}
          </text>
        ))}
    </svg>
  );
}
