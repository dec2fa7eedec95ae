import type { TimelineItem } from "../data/items";

/** A server- or client-made bundle of events too dense to draw one by one. */
export interface ChartCluster {
  lane: string;
  start: number;
  end: number;
  count: number;
}

/** What a window query answers: every item in the window, or clusters plus the items that still fit. */
export interface WindowResult {
  items: TimelineItem[];
  clusters: ChartCluster[];
  /** Number of items intersecting the window in the asked lanes. */
  total: number;
  /** true when `items` holds every one of them (no clusters). */
  complete: boolean;
}

/** Per-lane event counts over equal bins of the data set's extent, for the overview strip. */
export interface DensityBins {
  start: number;
  binWidth: number;
  lanes: { lane: string; counts: number[] }[];
}

/** An item as the window API sends it: with what the explorer filters on. */
export interface WindowItem extends TimelineItem {
  actors: string[];
  tags: string[];
}

/** GET /api/window's answer: the window plus the related-event links among its items. */
export interface WindowResponse extends Omit<WindowResult, "items"> {
  items: WindowItem[];
  links: { from: string; to: string; label: string }[];
}
