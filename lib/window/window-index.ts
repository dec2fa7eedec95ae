import type { TimelineItem } from "../data/items";
import type { TimeDomain } from "../time/scale";
import { createIntervalIndex, visitWindow, type IntervalIndex } from "./interval-index";
import type { ChartCluster, DensityBins, WindowResult } from "./types";

/** Above this many items a window is sent as clusters: more marks than a chart can show apart. */
export const WINDOW_ITEM_LIMIT = 2000;
/** Width of one cluster bin on screen: about one count badge, so badges sit side by side. */
const CLUSTER_PX = 40;
/** A bin holding this many items or fewer still shows them one by one. */
const SHOW_IN_BIN = 1;

export interface WindowIndex {
  lanes: Map<string, IntervalIndex>;
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

function byStart(a: TimelineItem, b: TimelineItem) {
  return a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function cluster(lane: string, hits: TimelineItem[], query: WindowQuery, clusters: ChartCluster[], shown: TimelineItem[]) {
  const bins = Math.max(1, Math.floor(query.px / CLUSTER_PX));
  const width = (query.to - query.from) / bins;
  const members = new Map<number, TimelineItem[]>();
  for (const item of hits) {
    const bin = Math.min(bins - 1, Math.max(0, Math.floor((item.start - query.from) / width)));
    const list = members.get(bin);
    if (list) list.push(item);
    else members.set(bin, [item]);
  }
  for (const [bin, list] of [...members].sort((a, b) => a[0] - b[0])) {
    if (list.length <= SHOW_IN_BIN) shown.push(...list);
    else clusters.push({ lane, start: query.from + bin * width, end: query.from + (bin + 1) * width, count: list.length });
  }
}

/** Exactly the items intersecting [from, to) in the asked lanes, or — above `limit` — per-lane clusters. */
export function queryWindow(index: WindowIndex, query: WindowQuery, limit = WINDOW_ITEM_LIMIT): WindowResult {
  const lanes = query.lanes.length > 0 ? query.lanes : index.laneIds;
  const hitsByLane = lanes.map((lane) => {
    const hits: TimelineItem[] = [];
    const laneIndex = index.lanes.get(lane);
    if (laneIndex) visitWindow(laneIndex, query.from, query.to, (item) => hits.push(item));
    return [lane, hits] as const;
  });
  const total = hitsByLane.reduce((sum, [, hits]) => sum + hits.length, 0);
  if (total <= limit) return { items: hitsByLane.flatMap(([, hits]) => hits).sort(byStart), clusters: [], total, complete: true };
  const clusters: ChartCluster[] = [];
  const shown: TimelineItem[] = [];
  for (const [lane, hits] of hitsByLane) cluster(lane, hits, query, clusters, shown);
  return { items: shown.sort(byStart), clusters, total, complete: false };
}

/** Per-lane counts of item starts over `bins` equal slices of the extent. */
export function getDensityBins(items: readonly TimelineItem[], laneIds: readonly string[], extent: TimeDomain, bins = 400): DensityBins {
  const binWidth = Math.max(1, (extent[1] - extent[0]) / bins);
  const counts = new Map(laneIds.map((id) => [id, new Array<number>(bins).fill(0)]));
  for (const item of items) {
    const row = counts.get(item.lane);
    if (row) row[Math.min(bins - 1, Math.max(0, Math.floor((item.start - extent[0]) / binWidth)))]! += 1;
  }
  return { start: extent[0], binWidth, lanes: laneIds.map((lane) => ({ lane, counts: counts.get(lane)! })) };
}
