import { useId } from "react";
import type { TimelineItem } from "@/lib/data/items";
import { layoutStaticTimeline, POINT_RADIUS, type PlacedMark } from "@/lib/layout/static-layout";
import type { Lane } from "@/lib/schema";
import { placeSlideLabels } from "@/lib/story/slide-labels";
import { createTimeScale, type TimeDomain } from "@/lib/time/scale";
import { createAxisTicks } from "@/lib/time/ticks";
import { toIsoDay } from "@/lib/time/partial-date";

interface SlideTimelineProps {
  items: readonly TimelineItem[];
  lanes: readonly Lane[];
  domain: TimeDomain;
  highlight: ReadonlySet<string>;
  asOf: { ms: number; label: string };
  title: string;
  /** Labels are left out while the window moves, so they do not jump between rows. */
  showLabels: boolean;
}

// User units; the SVG scales to its box, so at 1920 px wide one unit is about 1.8 px.
const WIDTH = 960;
const GUTTER = 132;
const RIGHT = 36;
const AXIS = 26;
const LABEL_ROW = 22;
const LABEL_CHAR = 7.6;

function Mark({ mark, colour, on }: { mark: PlacedMark; colour: string; on: boolean }) {
  const { item, kind, x0, x1, y } = mark;
  const common = { "data-event-id": item.id, "data-kind": kind, className: on ? "mark mark-on" : "mark", fill: colour };
  const title = <title>{`${item.title} — ${item.dateLabel}`}</title>;
  if (kind === "point") return <circle {...common} cx={(x0 + x1) / 2} cy={y} r={POINT_RADIUS}>{title}</circle>;
  const h = kind === "bar" ? 8 : 10;
  return <rect {...common} x={x0} y={y - h / 2} width={x1 - x0} height={h} rx={kind === "bar" ? 2 : 5} fillOpacity={kind === "span" ? 0.55 : 1}>{title}</rect>;
}

/** The projector's timeline: dark, large, the step's events lit and named, the rest dimmed. */
export function SlideTimeline({ items, lanes, domain, highlight, asOf, title, showLabels }: SlideTimelineProps) {
  const titleId = useId();
  const x = createTimeScale(domain, [GUTTER, WIDTH - RIGHT]);
  const lit = items.filter((item) => highlight.has(item.id) && item.end > domain[0] && item.start < domain[1]);
  const { labels, rows } = placeSlideLabels(
    showLabels ? lit.map((item) => ({ id: item.id, x: x((item.start + item.end) / 2), length: item.title.length + item.dateLabel.length + 3 })) : [],
    { x0: GUTTER, x1: WIDTH - RIGHT, charWidth: LABEL_CHAR, maxRows: 4 },
  );
  const top = rows * LABEL_ROW + (rows > 0 ? 10 : 0) + AXIS;
  const layout = layoutStaticTimeline(items, lanes, domain, { x0: GUTTER, x1: WIDTH - RIGHT, top, maxRows: 2 });
  const ticks = createAxisTicks(x, 20);
  const colourOf = new Map(lanes.map((lane) => [lane.id, lane.colour]));
  const markOf = new Map(layout.marks.map((mark) => [mark.item.id, mark]));
  const itemOf = new Map(lit.map((item) => [item.id, item]));
  const asOfX = asOf.ms >= domain[0] && asOf.ms <= domain[1] ? x(asOf.ms) : null;
  const height = layout.height + 4;
  return (
    <svg className="slide-timeline" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={titleId} data-from={toIsoDay(domain[0])} data-to={toIsoDay(domain[1])}>
      <title id={titleId}>{title}</title>
      {layout.lanes.map(({ lane, y0, height: h }, i) => (
        <g key={lane.id} data-lane={lane.id}>
          <rect className={i % 2 ? "lane-band lane-band-alt" : "lane-band"} x={0} y={y0} width={WIDTH} height={h} />
          <text className="lane-label" x={10} y={y0 + h / 2} dominantBaseline="middle">{lane.label}</text>
        </g>
      ))}
      <g aria-hidden="true">
        {ticks.map((tick) => (
          <g key={tick.ms} transform={`translate(${x(tick.ms)},0)`}>
            <line className="tick-line" y1={top - 4} y2={layout.height} />
            <text className="tick-label" y={top - 8} textAnchor="middle">{tick.label}</text>
          </g>
        ))}
      </g>
      {asOfX !== null && (
        <g className="snapshot-line">
          <line x1={asOfX} x2={asOfX} y1={top - 4} y2={layout.height} />
          <text x={asOfX - 5} y={layout.height - 6} textAnchor="end">{asOf.label}</text>
        </g>
      )}
      {layout.marks.map((mark) => (
        <Mark key={mark.item.id} mark={mark} colour={colourOf.get(mark.item.lane) ?? "#9aa5b1"} on={highlight.has(mark.item.id)} />
      ))}
      {labels.map((label) => {
        const item = itemOf.get(label.id)!;
        const mark = markOf.get(label.id);
        const y = 4 + (label.row + 0.75) * LABEL_ROW;
        return (
          <g key={label.id} className="mark-label" data-label-for={label.id}>
            {mark && <line className="leader" x1={label.x} x2={label.x} y1={y + 5} y2={mark.y - POINT_RADIUS - 2} />}
            <text x={label.x} y={y} textAnchor={label.anchor}>
              {item.title}
              <tspan className="mark-date">{` · ${item.dateLabel}`}</tspan>
            </text>
          </g>
        );
      })}
    </svg>
  );
}
