import { clampParagraphs, measureText, type Weight } from "../scene/text";

/** A slide is laid out in these units: 1920 × 1080, a pixel of a full-HD projector; half a point in PowerPoint. */
export const SLIDE_WIDTH = 1920;
export const SLIDE_HEIGHT = 1080;
/** 1 % of the slide's width: what the HTML slide calls 1cqw. */
export const U = SLIDE_WIDTH / 100;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Text already broken into the lines every medium draws: each line fits `width` by the one text measure. */
export interface TextBlock extends Box {
  lines: string[];
  size: number;
  lineHeight: number;
  weight: Weight;
  font: "sans" | "serif";
  italic: boolean;
  align: "left" | "center" | "right";
  /** Some text did not fit its lines and ends in "…". */
  clamped: boolean;
}

type BlockOptions = Partial<Pick<TextBlock, "weight" | "font" | "italic" | "align">> & { lineHeight?: number; maxLines?: number };

/** `text` set at `size` in a box `width` wide from (x, y), at most `maxLines` lines (the rest as "…"). */
export function textBlock(text: string, x: number, y: number, width: number, size: number, options: BlockOptions = {}): TextBlock {
  const weight = options.weight ?? "normal";
  const { lines, clamped } = text.trim() ? clampParagraphs(text, size, width, options.maxLines ?? Infinity, weight) : { lines: [], clamped: false };
  const lineHeight = size * (options.lineHeight ?? 1.25);
  return { x, y, width, height: lines.length * lineHeight, lines, size, lineHeight, weight, font: options.font ?? "sans", italic: options.italic ?? false, align: options.align ?? "left", clamped };
}

/**
 * Where line `i`'s baseline sits, as CSS puts it: half the leading above the glyphs, then the ascent
 * (Liberation Sans and Serif: ascent − descent ≈ 0.69 em). SVG text is placed by it.
 */
export function baselineOf(block: Pick<TextBlock, "y" | "lineHeight" | "size">, i: number): number {
  return block.y + i * block.lineHeight + block.lineHeight / 2 + 0.345 * block.size;
}

export function widthOf(text: string, size: number, weight: Weight = "normal"): number {
  return measureText(text, size, weight);
}
