/**
 * The one text-measure rule of the figure. Advance widths (per 1000 em) of Liberation Sans, which is
 * metric-compatible with Arial and Helvetica: the figure names those fonts, so what is measured here
 * is what is drawn on Linux, Windows and macOS, on screen, on paper and in PowerPoint.
 */

export type Weight = "normal" | "bold";

// Printable ASCII 32–126, measured in Chromium with canvas.measureText at 1000 px.
const ASCII: Record<Weight, readonly number[]> = {
  normal: [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
  ],
  bold: [
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
    975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
    333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
  ],
};

const EXTRA: Record<string, number> = { "–": 556, "—": 1000, "‘": 250, "’": 250, "“": 420, "”": 420, "…": 1000, "·": 278, "×": 584, "€": 556, "£": 556 };
/** Anything else (accented letters are mostly 556, CJK wider): a generous default so text never overflows its box. */
const OTHER = 600;

/** Width in px of `text` set in `fontSize` px Liberation Sans / Arial. */
export function measureText(text: string, fontSize: number, weight: Weight = "normal"): number {
  const table = ASCII[weight];
  let units = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    units += code >= 32 && code < 127 ? table[code - 32]! : (EXTRA[ch] ?? (/\p{L}/u.test(ch) && code < 0x2e80 ? 580 : OTHER));
  }
  // 1 % of slack for kerning and hinting differences between renderers.
  return Math.ceil((units / 1000) * fontSize * 1.01);
}

/**
 * Breaks text into at most `maxLines` lines no wider than `maxWidth`, at spaces; two lines are split
 * where they are most even (no orphaned last word). Returns null when it does not fit whole: the figure
 * writes a label in full or not at all, never with an ellipsis.
 */
export function wrapText(text: string, fontSize: number, maxWidth: number, maxLines: number, weight: Weight = "normal"): string[] | null {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  if (measureText(words.join(" "), fontSize, weight) <= maxWidth) return [words.join(" ")];
  if (maxLines < 2) return null;
  let best: { lines: string[]; width: number } | null = null;
  for (let k = 1; k < words.length; k++) {
    const lines = [words.slice(0, k).join(" "), words.slice(k).join(" ")];
    const width = Math.max(...lines.map((line) => measureText(line, fontSize, weight)));
    if (width <= maxWidth && (!best || width < best.width)) best = { lines, width };
  }
  if (best) return best.lines;
  if (maxLines === 2) return null;
  // More lines: fill each greedily.
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (measureText(next, fontSize, weight) <= maxWidth) {
      line = next;
      continue;
    }
    if (!line || lines.length + 1 >= maxLines) return null;
    lines.push(line);
    line = word;
    if (measureText(line, fontSize, weight) > maxWidth) return null;
  }
  if (line) lines.push(line);
  return lines.length <= maxLines ? lines : null;
}
