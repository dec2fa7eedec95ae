import type { Weight } from "./text";
import type { Rect } from "./types";

/**
 * The paint list: a scene as drawing operations, plain data that every painter draws the same way —
 * SVG (components/figure/FigureSvg.tsx: the page, the report, slides, downloads), the canvas of dense
 * windows (components/figure/FigureCanvas.tsx) and PowerPoint shapes.
 *
 * Units: scene units, the scene's own coordinate space — CSS px on screen (`scene.width` wide), user
 * units for slides and print (scale the whole list to the frame). Origin top left, y down. Colours are
 * "#rrggbb"; opacities 0–1; font sizes in scene units; stroke widths in scene units, centred on the outline.
 * Each operation carries its complete style: nothing is inherited from its group (an SVG painter may write
 * shared values once on the group, `svg` below, which changes nothing drawn).
 */

export interface Stroke {
  colour: string;
  width: number;
  opacity?: number;
  /** Dash and gap lengths, scene units ("2 2" dotted, "3 2" dashed). */
  dash?: readonly number[];
  join?: "round";
}

/**
 * A fill: a plain colour, or
 * - `pattern: "hatch"`: stripes of `colour` at `opacity`, 2 units of every 5, at 45° (upper right to lower
 *   left), laid over a shape already filled (an event after the snapshot);
 * - `pattern: "span"`: a left-to-right gradient of `colour` whose opacity goes 0.08 → 0.5 (at 20 %) →
 *   0.5 (at 80 %) → 0.08: a span of time whose edges are soft.
 */
export interface Fill {
  colour: string;
  opacity?: number;
  pattern?: "hatch" | "span";
}

export const SPAN_STOPS: readonly (readonly [offset: number, opacity: number])[] = [
  [0, 0.08],
  [0.2, 0.5],
  [0.8, 0.5],
  [1, 0.08],
];
export const HATCH = { period: 5, stripe: 2, angle: 45 } as const;

interface Shape {
  /** What it is (the SVG painter's class name: "mark-shape", "lane-band", "tick-label" …). */
  role?: string;
  /** Facts about what it draws (SVG data-* attributes): a link's `from` and `to` event ids, which PowerPoint glues its connector to. */
  data?: Record<string, string>;
  /** What it shows, in words (a link's label): PowerPoint's shape names and alt text. */
  alt?: string;
  fill: Fill | null;
  stroke: Stroke | null;
  /** Opacity of the whole shape, fill and stroke together. */
  opacity?: number;
}

export interface RectPaint extends Shape {
  kind: "rect";
  x: number;
  y: number;
  width: number;
  height: number;
  /** Corner radius. */
  rx?: number;
  /** Unpainted: only catches the pointer (a screen mark's 24-unit target). Painters of pictures skip it. */
  hit?: true;
}

export interface CirclePaint extends Shape {
  kind: "circle";
  cx: number;
  cy: number;
  r: number;
}

export interface LinePaint extends Shape {
  kind: "line";
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A path in SVG path syntax (absolute and relative M, L, H, V, C, Z). */
export interface PathPaint extends Shape {
  kind: "path";
  d: string;
}

export interface TextRun {
  text: string;
  weight?: Weight;
  fill?: string;
}

export interface TextPaint {
  kind: "text";
  role?: string;
  data?: Record<string, string>;
  /** Anchor of the first line; each further line starts `lineHeight` lower at the same x. */
  x: number;
  y: number;
  lines: TextRun[][];
  lineHeight: number;
  size: number;
  weight: Weight;
  italic?: boolean;
  /** Horizontal anchor; vertical: "middle" and "central" centre the line on y, "alphabetic" sits on it. */
  anchor: "start" | "middle" | "end";
  baseline: "middle" | "central" | "alphabetic";
  fill: string;
  /** A halo of this colour and width behind the letters, so a line under them does not cross them. */
  halo: Stroke | null;
  font: string;
}

export interface GroupPaint {
  kind: "group";
  /** What it is: the SVG class ("mark", "lanes", "callout" …). */
  role: string;
  /** Stable identity among its siblings (an event's id, a tick's time): the SVG painter's React key. */
  key?: string;
  /** Facts about what it draws, for a painter that keeps them (SVG data-* attributes: the event's id …). */
  data?: Record<string, string>;
  /** What it shows, in words (an event's title and date, a lane's name): PowerPoint's shape names and alt text. */
  alt?: string;
  /**
   * The lane whose content it is (its id): marks, count badges, labels and number discs. A painter that
   * groups by lane (PowerPoint: a briefer moves a lane's events as one) gathers these; others ignore it.
   */
  lane?: string;
  /** Children are drawn only inside this rectangle. */
  clip?: Rect;
  /** These rectangles are cut out of the children (labels' boxes out of the lines under them). */
  knockout?: readonly Rect[];
  opacity?: number;
  /** Attribute values an SVG painter may write once on the group instead of on each child. */
  svg?: Record<string, string | number>;
  children: Paint[];
}

export type Paint = RectPaint | CirclePaint | LinePaint | PathPaint | TextPaint | GroupPaint;
