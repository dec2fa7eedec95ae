/** Fixed parts of the chart, in px, derived from its width, lane count and callout count. Pure. */
export interface ChartGeometry {
  width: number;
  /** Plot area left/right edges (after the lane-label gutter). */
  x0: number;
  x1: number;
  axisTop: number;
  calloutTop: number;
  calloutRows: number;
  calloutRowHeight: number;
  lanesTop: number;
  laneHeight: number;
  rowHeight: number;
  /** Space above a lane's first row (room for the in-lane label on phones). */
  laneInset: number;
  detailHeight: number;
  overviewHeight: number;
  /** Narrow (phone) layout: lane labels inside the lanes, no gutter. */
  compact: boolean;
}

const AXIS = 34;
const CALLOUT_ROW = 24;
const OVERVIEW = 46;
/** Toolbar (legend and zoom buttons) above the plot, and the plot's border. */
const CHROME = 42;
/** Strip under the lanes for the snapshot line's label. */
const FOOT = 15;
/** The whole chart takes about this share of the viewport height. */
export const CHART_SHARE = 0.55;

export function getChartGeometry(width: number, laneCount: number, hasCallouts: boolean, viewportHeight: number): ChartGeometry {
  const compact = width < 640;
  const x0 = compact ? 8 : 132;
  const x1 = width - (compact ? 8 : 16);
  const calloutRows = hasCallouts ? (compact ? 1 : 2) : 0;
  const calloutTop = AXIS;
  const lanesTop = calloutTop + calloutRows * CALLOUT_ROW + (hasCallouts ? 4 : 0);
  const budget = viewportHeight * CHART_SHARE - CHROME - OVERVIEW - lanesTop - FOOT;
  const laneHeight = Math.round(Math.min(90, Math.max(compact ? 46 : 34, budget / Math.max(laneCount, 1))));
  const rowHeight = laneHeight < 40 ? 13 : laneHeight < 56 ? 14 : 17;
  return {
    width,
    x0,
    x1,
    axisTop: AXIS,
    calloutTop,
    calloutRows,
    calloutRowHeight: CALLOUT_ROW,
    lanesTop,
    laneHeight,
    rowHeight,
    laneInset: compact ? 16 : 3,
    detailHeight: lanesTop + laneHeight * laneCount + FOOT,
    overviewHeight: OVERVIEW,
    compact,
  };
}
