import type { TimelineItem } from "../data/items";
import type { TimeDomain } from "../time/scale";
import { binBy, binWidthFor } from "./bins";
import { createIntervalIndex, visitWindow, type IntervalIndex } from "./interval-index";
import type { ChartCluster, DensityBins, WindowResult } from "./types";

/** Above this many items a window is sent as clusters: more marks than a chart can show apart. */
export const WINDOW_ITEM_LIMIT = 2000;
/** Width of one cluster bin on screen: about one count badge, so badges sit side by side. */
export const CLUSTER_PX = 32;

export interface WindowIndex {
  lanes: Map<string, IntervalIndex<TimelineItem>>;
  /** Lane ids in display order. */
  laneIds: string[];
  extent: TimeDomain;
  size: number;
}

export interface WindowQuery {
  from: number;
  to: number;
  /** Lanes to include; all when empty. */
  lanes: readonly string[];
  /** Width of the window on screen, in pixels. */
  px: number;
}

/** Built once per data set: one interval index per lane. */
export function createWindowIndex(items: readonly TimelineItem[], laneIds: readonly string[], extent: TimeDomain): WindowIndex {
  const byLane = new Map<string, TimelineItem[]>(laneIds.map((id) => [id, []]));
  for (const item of items) byLane.get(item.lane)?.push(item);
  return {
    lanes: new Map([...byLane].map(([id, list]) => [id, createIntervalIndex(list)])),
    laneIds: [...laneIds],
    extent,
    size: items.length,
  };
}

/** The items of one lane that intersect [from, to) and pass `keep`. */
export function laneItemsInWindow(index: WindowIndex, lane: string, from: number, to: number, keep?: (item: TimelineItem) => boolean): TimelineItem[] {
  const hits: TimelineItem[] = [];
  const laneIndex = index.lanes.get(lane);
  if (laneIndex) visitWindow(laneIndex, from, to, (item) => (!keep || keep(item)) && hits.push(item));
  return hits;
}

function byStart(a: TimelineItem, b: TimelineItem) {
  return a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

const middle = (item: TimelineItem) => (item.start + item.end) / 2;

/**
 * Exactly the items intersecting [from, to) in the asked lanes that pass `keep`, or — above `limit` —
 * per-lane clusters on the one bin grid. Headline events (importance 3) are always sent as themselves.
 */
export function queryWindow(index: WindowIndex, query: WindowQuery, limit = WINDOW_ITEM_LIMIT, keep?: (item: TimelineItem) => boolean): WindowResult {
  const lanes = query.lanes.length > 0 ? query.lanes : index.laneIds;
  const hitsByLane = lanes.map((lane) => [lane, laneItemsInWindow(index, lane, query.from, query.to, keep)] as const);
  const total = hitsByLane.reduce((sum, [, hits]) => sum + hits.length, 0);
  if (total <= limit) return { items: hitsByLane.flatMap(([, hits]) => hits).sort(byStart), clusters: [], total, complete: true };
  const width = binWidthFor(query.to - query.from, query.px, CLUSTER_PX);
  const clusters: ChartCluster[] = [];
  const shown: TimelineItem[] = [];
  for (const [lane, hits] of hitsByLane) {
    for (const [bin, members] of binBy(hits, middle, width)) {
      const headline = members.filter((item) => item.importance >= 3);
      const rest = members.length - headline.length;
      shown.push(...headline);
      if (rest === 1) shown.push(members.find((item) => item.importance < 3)!);
      else if (rest > 1) clusters.push({ lane, start: bin * width, end: (bin + 1) * width, count: rest });
    }
  }
  clusters.sort((a, b) => a.start - b.start || (a.lane < b.lane ? -1 : 1));
  return { items: shown.sort(byStart), clusters, total, complete: false };
}

/** Per-lane counts of item middles on the bin grid, about `bins` bins across the extent. */
export function getDensityBins(items: readonly TimelineItem[], laneIds: readonly string[], extent: TimeDomain, bins = 512): DensityBins {
  const binWidth = binWidthFor(extent[1] - extent[0], bins, 1);
  const byLane = new Map(laneIds.map((id) => [id, [] as TimelineItem[]]));
  for (const item of items) byLane.get(item.lane)?.push(item);
  return {
    binWidth,
    lanes: laneIds.map((lane) => ({
      lane,
      cells: [...binBy(byLane.get(lane)!, middle, binWidth)].sort((a, b) => a[0] - b[0]).flatMap(([bin, list]) => [bin, list.length]),
    })),
  };
}
