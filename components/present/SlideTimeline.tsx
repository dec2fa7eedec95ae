import type { TimelineItem } from "@/lib/data/items";
import { layoutStaticTimeline, POINT_RADIUS, type PlacedMark } from "@/lib/layout/static-layout";
import type { Lane } from "@/lib/schema";
import { toIsoDay } from "@/lib/time/partial-date";
import { createTimeScale, type TimeDomain } from "@/lib/time/scale";
import { createAxisTicks } from "@/lib/time/ticks";

interface SlideTimelineProps {
  items: readonly TimelineItem[];
  lanes: readonly Lane[];
  domain: TimeDomain;
  /** Highlighted events and the number each carries, matching the list beside the chart. */
  numbers: ReadonlyMap<string, number>;
  asOf: { ms: number; label: string };
  title: string;
  /** Width in user units: narrower when the slide shares its width with a quote, so type keeps its size. */
  width?: number;
}

// User units; the SVG scales to its box, so at 1920 px wide one unit is about 2 px.
const GUTTER = 150;
const RIGHT = 36;
const AXIS = 26;
const BADGE = 10;
// Ticks are asked for densely (labels here are short) and thinned where two would touch, e.g. 29 Mar and 1 Apr.
const TICK_MIN_GAP = 60;
const FOOT = 20;

function Mark({ mark, colour, on }: { mark: PlacedMark; colour: string; on: boolean }) {
  const { item, kind, x0, x1, y } = mark;
  const common = { "data-event-id": item.id, "data-kind": kind, className: on ? "mark mark-on" : "mark", fill: colour };
  const title = <title>{`${item.title} — ${item.dateLabel}`}</title>;
  if (kind === "point") return <circle {...common} cx={(x0 + x1) / 2} cy={y} r={POINT_RADIUS}>{title}</circle>;
  const h = kind === "bar" ? 8 : 10;
  return <rect {...common} x={x0} y={y - h / 2} width={x1 - x0} height={h} rx={kind === "bar" ? 2 : 5} fillOpacity={kind === "span" ? 0.55 : 1}>{title}</rect>;
}

/** The projector's timeline: dark and large, the step's events lit and numbered, the rest dimmed. */
export function SlideTimeline({ items, lanes, domain, numbers, asOf, title, width: WIDTH = 900 }: SlideTimelineProps) {
  // Room between the tick labels and the first lane for the badges of its marks.
  const top = AXIS + BADGE * 2 + 4;
  const layout = layoutStaticTimeline(items, lanes, domain, { x0: GUTTER, x1: WIDTH - RIGHT, top, maxRows: 2 });
  const x = createTimeScale(domain, [GUTTER, WIDTH - RIGHT]);
  const ticks = createAxisTicks(x, 0).filter((tick, i, all) => i === 0 || x(tick.ms) - x(all[i - 1]!.ms) >= TICK_MIN_GAP);
  const colourOf = new Map(lanes.map((lane) => [lane.id, lane.colour]));
  const asOfX = asOf.ms >= domain[0] && asOf.ms <= domain[1] ? x(asOf.ms) : null;
  const height = layout.height + (asOfX !== null ? FOOT : 4);
  const lit = layout.marks.filter((mark) => numbers.has(mark.item.id));
  return (
    <svg className="slide-timeline" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={title} data-from={toIsoDay(domain[0])} data-to={toIsoDay(domain[1])}>
      <title>{title}</title>
      {layout.lanes.map(({ lane, y0, height: h }, i) => (
        <g key={lane.id} data-lane={lane.id}>
          <rect className={i % 2 ? "lane-band lane-band-alt" : "lane-band"} x={0} y={y0} width={WIDTH} height={h} />
          <text className="lane-label" x={10} y={y0 + h / 2} dominantBaseline="middle">{lane.label}</text>
        </g>
      ))}
      <g aria-hidden="true">
        {ticks.map((tick) => (
          <g key={tick.ms} transform={`translate(${x(tick.ms)},0)`}>
            <line className="tick-line" y1={AXIS - 4} y2={layout.height} />
            <text className="tick-label" y={AXIS - 8} textAnchor="middle">{tick.label}</text>
          </g>
        ))}
      </g>
      {asOfX !== null && (
        <g className="snapshot-line">
          <line x1={asOfX} x2={asOfX} y1={top - 4} y2={layout.height + 4} />
          <text x={asOfX > WIDTH / 2 ? asOfX - 6 : asOfX + 6} y={layout.height + FOOT - 5} textAnchor={asOfX > WIDTH / 2 ? "end" : "start"}>
            {asOf.label}
          </text>
        </g>
      )}
      {layout.marks.map((mark) => (
        <Mark key={mark.item.id} mark={mark} colour={colourOf.get(mark.item.lane) ?? "#9aa5b1"} on={numbers.has(mark.item.id)} />
      ))}
      {lit.map(({ item, x0, x1, y }) => {
        const cx = (x0 + x1) / 2;
        const cy = y - POINT_RADIUS - BADGE - 2;
        return (
          <g key={item.id} className="mark-badge" data-label-for={item.id} aria-hidden="true">
            <circle cx={cx} cy={cy} r={BADGE} />
            <text x={cx} y={cy} textAnchor="middle" dominantBaseline="central">
              {numbers.get(item.id)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
