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
  detailHeight: number;
  overviewHeight: number;
  /** Narrow (phone) layout: lane labels inside the lanes, no gutter. */
  compact: boolean;
}

const AXIS = 38;
const CALLOUT_ROW = 28;

export function getChartGeometry(width: number, laneCount: number, hasCallouts: boolean, viewportHeight: number): ChartGeometry {
  const compact = width < 640;
  const x0 = compact ? 8 : 132;
  const x1 = width - (compact ? 8 : 16);
  const calloutRows = hasCallouts ? (compact ? 1 : 2) : 0;
  const calloutTop = AXIS;
  const lanesTop = calloutTop + calloutRows * CALLOUT_ROW + (hasCallouts ? 6 : 0);
  // Lanes share what is left of ~45% of the viewport (the overview and toolbar take the rest of the ~55%).
  const budget = Math.max(viewportHeight * 0.45 - lanesTop, 160);
  const laneHeight = Math.round(Math.min(90, Math.max(compact ? 48 : 40, budget / Math.max(laneCount, 1))));
  const rowHeight = compact || laneHeight < 56 ? 14 : 17;
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
    detailHeight: lanesTop + laneHeight * laneCount + 4,
    overviewHeight: 56,
    compact,
  };
}
