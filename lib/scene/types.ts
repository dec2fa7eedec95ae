import type { MarkKind, TimelineItem } from "../data/items";
import type { TimeDomain } from "../time/scale";
import type { ChartCluster, DensityBins } from "../window/types";
import type { WindowIndex } from "../window/window-index";
import type { Medium, Theme } from "./theme";

export interface Rect {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export interface SceneLaneInput {
  id: string;
  label: string;
  colour: string;
}

/** An expert note as the figure needs it: who, the editor's headline, and what it is anchored to. */
export interface SceneNote {
  id: string;
  expertId: string;
  /** The expert's full name; the callout writes the surname. */
  expertName: string;
  /** The editor's summary (≤ 60 characters), not the quote. */
  headline: string;
  eventIds: readonly string[];
  /** Anchored date range [start, end) in UTC ms, when the note has one. */
  range: TimeDomain | null;
  /** When it is anchored (its first event's middle, else its range's start): fixed, so its zoom range is too. */
  at: number;
  /** The highest importance among its events: more important notes get room first. */
  importance: number;
}

/** Everything a scene is made from. Plain values and one index: the same input on the server and in the browser. */
export interface SceneInput {
  medium: Medium;
  /** Width in px (screen) or user units (slides, print). */
  width: number;
  domain: TimeDomain;
  lanes: readonly SceneLaneInput[];
  /** The items, indexed once per data change (createWindowIndex). */
  index: WindowIndex;
  /** Pre-made clusters for windows too dense to send item by item (large sets). */
  clusters?: readonly ChartCluster[];
  notes?: readonly SceneNote[];
  /** Expert ids in the data set's order: each gets its colour. */
  experts?: readonly string[];
  snapshot?: { ms: number; label: string } | null;
  selectedId?: string | null;
  selectedNoteId?: string | null;
  matches?: ReadonlySet<string>;
  /** Numbered events (slides, print): the number is drawn with the mark and keys it to a list. */
  numbers?: ReadonlyMap<string, number>;
  /** The overview strip: the whole bounds with the set's density (screen only). */
  overview?: { bounds: TimeDomain; density: DensityBins } | null;
}

export interface AxisTickMark {
  ms: number;
  /** The tick's grid line. */
  x: number;
  /** Where its label is anchored. */
  labelX: number;
  label: string;
  anchor: "start" | "middle" | "end";
}

export interface SceneLane {
  id: string;
  label: string;
  colour: string;
  y0: number;
  height: number;
  fill: string;
  labelX: number;
  labelY: number;
}

export interface SceneMark {
  id: string;
  lane: string;
  kind: MarkKind;
  importance: number;
  /** Extent of the drawn shape. */
  x0: number;
  x1: number;
  /** Centre of the shape (where links and leaders end). */
  cx: number;
  y: number;
  /** Point radius, or bar/span half-height. */
  size: number;
  colour: string;
  after: boolean;
  unverified: boolean;
  /** Drawn at the back (slides: not one of the step's events). */
  dimmed: boolean;
  number: number | null;
  item: TimelineItem;
}

export interface SceneLabel {
  /** The mark it names. */
  id: string;
  lines: string[];
  /** Text anchor point of the first line's baseline centre line (dominant-baseline middle). */
  x: number;
  y: number;
  anchor: "start" | "end";
  size: number;
  weight: "normal" | "bold";
  lineHeight: number;
  box: Rect;
  after: boolean;
  /** A number in a disc (slides) rather than written text. */
  badge: boolean;
}

export interface SceneClusterMark {
  key: string;
  lane: string;
  x: number;
  y: number;
  width: number;
  height: number;
  count: number;
  start: number;
  end: number;
  colour: string;
  /** Event ids inside, when the scene made the cluster (empty for a server's cluster). */
  ids: string[];
}

export interface SceneCallout {
  id: string;
  expertId: string;
  colour: string;
  surname: string;
  /** Headline lines (the first shares its line with the surname). */
  lines: string[];
  /** Other notes on the same anchor, counted as "+N" in the box. */
  more: number;
  others: string[];
  box: Rect;
  /** Where the leader ends: the mark, the cluster, or the range's start. */
  anchor: { x: number; y: number };
  /** The leader from the box down to the anchor (elbowed when the box had to move). */
  leader: string;
  /** A range anchor, drawn as a bracket above the lanes. */
  bracket: { x0: number; x1: number; y: number } | null;
  selected: boolean;
  eventIds: readonly string[];
}

export interface SceneOverview {
  y0: number;
  height: number;
  x0: number;
  x1: number;
  bounds: TimeDomain;
  /** Density columns, one path per lane and shade (four shades by count), so a busy strip is a few dozen elements. */
  shades: { lane: string; colour: string; opacity: number; d: string }[];
  ticks: AxisTickMark[];
  snapshotX: number | null;
  /** The detail window on the strip (the brush takes over once interactive). */
  window: { x0: number; x1: number };
  axisY: number;
}

/** The snapshot line (`snapshot-line.ts`): drawn as `segments`, cut where text crosses it; its label under the lanes. */
export interface SceneSnapshot {
  x: number;
  /** The line's whole extent, and the pieces of it drawn: none passes through a text. */
  y0: number;
  y1: number;
  segments: [number, number][];
  label: string;
  /** The label as written: one line, or more when it is wider than the plot. */
  lines: string[];
  lineHeight: number;
  labelX: number;
  /** The first line's baseline. */
  labelY: number;
  anchor: "start" | "end";
  labelBox: Rect;
  /** What the label's extra lines add to the strip under the lanes. */
  extraHeight: number;
  /** Where the region after the line ends: the plot's right edge. */
  afterX1: number;
}

/** Everything drawn, positioned. Pure data: SVG on the server, SVG or canvas in the browser, an image in a deck. */
export interface Scene {
  medium: Medium;
  theme: Theme;
  width: number;
  height: number;
  domain: TimeDomain;
  selectedId: string | null;
  plot: { x0: number; x1: number; top: number; bottom: number };
  axis: { ticks: AxisTickMark[]; context: AxisTickMark[]; labelY: number; contextY: number; gridTop: number };
  lanes: SceneLane[];
  marks: SceneMark[];
  labels: SceneLabel[];
  clusters: SceneClusterMark[];
  callouts: SceneCallout[];
  /** Notes in the window that found no room at this zoom, offered as "+N notes" beside the figure. */
  calloutOverflow: { count: number; ids: string[] } | null;
  band: { top: number; bottom: number } | null;
  snapshot: SceneSnapshot | null;
  overview: SceneOverview | null;
  /** Every drawn text box and mark, for placing link labels and for overlap checks. */
  boxes: Rect[];
}
