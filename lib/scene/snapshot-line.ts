import { measureText, wrapText } from "./text";
import type { Theme } from "./theme";
import type { Rect, SceneSnapshot } from "./types";

/** Space kept between the dashed line and a text box it passes: above, below and to each side. */
const CLEAR = 2;
/** Space between the line and its own label. */
const LABEL_GAP = 5;

/**
 * The y-ranges of a vertical line at `x` from `y0` to `y1` that cross none of `texts`: the line is cut
 * where it would pass through words, so it passes under them in every medium (SVG, canvas, PowerPoint,
 * a PDF), with no mask a painter might not have.
 */
export function cutAround(x: number, y0: number, y1: number, texts: readonly Rect[]): [number, number][] {
  const gaps = texts
    .filter((box) => box.x0 - CLEAR <= x && box.x1 + CLEAR >= x && box.y1 + CLEAR > y0 && box.y0 - CLEAR < y1)
    .map((box) => [box.y0 - CLEAR, box.y1 + CLEAR] as const)
    .sort((a, b) => a[0] - b[0]);
  const segments: [number, number][] = [];
  let from = y0;
  for (const [top, bottom] of gaps) {
    if (top > from) segments.push([from, Math.min(top, y1)]);
    from = Math.max(from, bottom);
  }
  if (from < y1) segments.push([from, y1]);
  return segments.filter(([a, b]) => b - a >= 1);
}

interface LineInput {
  x: number;
  label: string;
  /** The lanes' top and bottom: the line runs a little past both. */
  top: number;
  bottom: number;
  plotX0: number;
  plotX1: number;
  theme: Theme;
  /** Every text drawn over the plot (labels, number discs, badges, lane names, callouts). */
  texts: readonly Rect[];
}

/**
 * The snapshot line and its label in the strip under the lanes. The label sits left of the line (the
 * commentary looks back), right of it when the left has no room, and inside the plot under the line when
 * neither side has: never past the figure's edge. A label wider than the plot breaks into lines.
 */
export function layoutSnapshotLine({ x, label, top, bottom, plotX0, plotX1, theme, texts }: LineInput): SceneSnapshot {
  const size = theme.axis.size;
  const lineHeight = Math.round(size * 1.2);
  const room = plotX1 - plotX0;
  const lines = measureText(label, size, "bold") <= room ? [label] : (wrapText(label, size, room, 4, "bold") ?? [label]);
  const width = Math.max(...lines.map((line) => measureText(line, size, "bold")));
  let labelX: number;
  let anchor: "start" | "end" = "start";
  if (x - LABEL_GAP - width >= plotX0) {
    labelX = x - LABEL_GAP;
    anchor = "end";
  } else if (x + LABEL_GAP + width <= plotX1) labelX = x + LABEL_GAP;
  else labelX = Math.max(plotX0, Math.min(x - width / 2, plotX1 - width));
  const labelY = bottom + theme.foot - 5;
  const y0 = top - 4;
  const y1 = bottom + 2;
  const labelBox: Rect = { x0: anchor === "end" ? labelX - width : labelX, x1: anchor === "end" ? labelX : labelX + width, y0: labelY - size * 0.9, y1: labelY + (lines.length - 1) * lineHeight + size * 0.22 };
  return {
    x,
    y0,
    y1,
    segments: cutAround(x, y0, y1, [...texts, labelBox]),
    label,
    lines,
    lineHeight,
    labelX,
    labelY,
    anchor,
    labelBox,
    extraHeight: (lines.length - 1) * lineHeight,
    afterX1: plotX1,
  };
}
