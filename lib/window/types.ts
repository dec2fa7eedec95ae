import type { TimelineItem } from "../data/items";
import type { SceneNote } from "../scene/types";

/** A server- or client-made bundle of events too dense to draw one by one: one bin of the one binning. */
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
  /** Number of items intersecting the window in the asked lanes that pass the filters. */
  total: number;
  /** true when `items` holds every one of them (no clusters). */
  complete: boolean;
}

/** Per-lane event counts on the one bin grid (lib/window/bins.ts), for the overview strip. Sparse: [bin, count, bin, count, …]. */
export interface DensityBins {
  /** Bin width in ms, a power of two; bin i covers [i·width, (i+1)·width). */
  binWidth: number;
  lanes: { lane: string; cells: number[] }[];
}

/** An expert note as the explorer draws and lists it, with when it was written ("April 2025"); its quote comes by query (GET /api/notes). */
export type NoteAnchor = SceneNote & { written: string };

/** GET /api/window's answer: the window and the notes anchored in it. Its links come apart (GET /api/window/links). */
export interface WindowResponse extends WindowResult {
  notes: NoteAnchor[];
}

export type WindowLink = { from: string; to: string; label: string };
