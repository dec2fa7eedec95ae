import { createTimeScale, type TimeDomain } from "@/lib/time/scale";
import { getChartGeometry, type ChartGeometry } from "@/lib/chart/geometry";
import { layoutDetail, PINNED_PRIORITY, type DetailCluster, type DetailLayout } from "@/lib/layout/detail-layout";
import { padExtent } from "@/lib/layout/domain-transform";
import type { LaneIndex } from "@/lib/layout/lane-index";
import { sortForNavigation } from "@/lib/layout/keyboard-nav";
import type { Point } from "@/lib/chart/link-path";
import type { TimelineItem } from "@/lib/data/items";
import type { TimelineChartProps } from "./types";

/** Everything derived from props + size + domain for one frame. Pure; rebuilt on every draw. */
export interface Frame {
  g: ChartGeometry;
  bounds: TimeDomain;
  x: ReturnType<typeof createTimeScale>;
  overviewX: ReturnType<typeof createTimeScale>;
  layout: DetailLayout;
  serverClusters: DetailCluster[];
  positionOf: (id: string) => Point | null;
}

/** Items the chart shows at all: in a visible lane, and not hidden by "hide after the commentary". */
export function getShownItems(props: TimelineChartProps): TimelineItem[] {
  const lanes = new Set(props.lanes.map((l) => l.id));
  return props.items.filter((item) => lanes.has(item.lane) && !(props.hideAfterAsOf && item.start > props.asOf.ms));
}

export function getNavigationOrder(props: TimelineChartProps, shown: readonly TimelineItem[]) {
  return sortForNavigation(shown, props.lanes.map((l) => l.id));
}

export function createFrame(props: TimelineChartProps, shown: LaneIndex, itemById: Map<string, TimelineItem>, domain: TimeDomain, width: number, viewportHeight: number): Frame {
  const laneIds = props.lanes.map((l) => l.id);
  const g = getChartGeometry(width, laneIds.length, props.annotations.length > 0, viewportHeight);
  const bounds = padExtent(props.extent);
  const x = createTimeScale(domain, [g.x0, g.x1]);
  const priority = (id: string) => (id === props.selectedId ? PINNED_PRIORITY : props.matchIds?.has(id) ? 1 : 0);
  const layout = layoutDetail(shown, laneIds, x, { x0: g.x0, x1: g.x1, top: g.lanesTop, laneHeight: g.laneHeight, rowHeight: g.rowHeight, inset: g.laneInset }, priority);
  const laneY = new Map(layout.lanes.map((l) => [l.id, l.y0 + l.height / 2]));
  const serverClusters: DetailCluster[] = (props.clusters ?? [])
    .filter((c) => laneY.has(c.lane) && c.end > domain[0] && c.start < domain[1])
    .map((c) => ({ lane: c.lane, x: x((c.start + c.end) / 2), y: laneY.get(c.lane)!, start: c.start, end: c.end, count: c.count, ids: [] }));
  const at = new Map<string, Point>();
  for (const m of layout.marks) at.set(m.id, { x: m.kind === "point" ? (m.x0 + m.x1) / 2 : Math.max(m.x0, Math.min((m.x0 + m.x1) / 2, m.x1)), y: m.y });
  for (const c of layout.clusters) for (const id of c.ids) at.set(id, { x: c.x, y: c.y });
  const positionOf = (id: string): Point | null => {
    const known = at.get(id);
    if (known) return known;
    const item = itemById.get(id);
    if (!item || !laneY.has(item.lane) || (props.hideAfterAsOf && item.start > props.asOf.ms)) return null;
    return { x: x((item.start + item.end) / 2), y: laneY.get(item.lane)! };
  };
  return { g, bounds, x, overviewX: createTimeScale(bounds, [g.x0, g.x1]), layout, serverClusters, positionOf };
}
