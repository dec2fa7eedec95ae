import { packRows } from "../layout/pack-rows";

export interface SlideLabelInput {
  id: string;
  /** Centre of the mark the label names. */
  x: number;
  /** Characters in the label, to estimate its width. */
  length: number;
}

export interface SlideLabel {
  id: string;
  x: number;
  anchor: "start" | "end";
  /** Text start / end after flipping, for the leader line and tests. */
  x0: number;
  x1: number;
  row: number;
}

/**
 * Places event labels in rows above the plot, each starting at its mark (or ending there near the
 * right edge), stacked so none overlap. Marks are joined to their labels by a leader line.
 */
export function placeSlideLabels(
  inputs: readonly SlideLabelInput[],
  plot: { x0: number; x1: number; charWidth: number; maxRows: number },
): { labels: SlideLabel[]; rows: number } {
  const boxes = inputs
    .map((input) => {
      const width = input.length * plot.charWidth;
      const flip = input.x + width > plot.x1;
      const x0 = flip ? Math.max(plot.x0, input.x - width) : input.x;
      return { id: input.id, x: input.x, anchor: flip ? ("end" as const) : ("start" as const), x0, x1: x0 + width };
    })
    .sort((a, b) => a.x0 - b.x0);
  const rows = packRows(boxes, plot.charWidth * 2, plot.maxRows);
  const labels = boxes.map((box, i) => ({ ...box, row: rows[i]! }));
  return { labels, rows: labels.length === 0 ? 0 : Math.max(...rows) + 1 };
}
