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

function unitsOf(text: string, weight: Weight): number {
  const table = ASCII[weight];
  let units = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    units += code >= 32 && code < 127 ? table[code - 32]! : (EXTRA[ch] ?? (/\p{L}/u.test(ch) && code < 0x2e80 ? 580 : OTHER));
  }
  return units;
}

/**
 * Advance widths per string, kept: the explorer lays out the same titles, tick labels and counts on
 * every frame of a gesture. Emptied when it grows past CACHE_LIMIT (a server measures many sets).
 */
const CACHE_LIMIT = 50_000;
const measured: Record<Weight, Map<string, number>> = { normal: new Map(), bold: new Map() };

/** Width in px of `text` set in `fontSize` px Liberation Sans / Arial. */
export function measureText(text: string, fontSize: number, weight: Weight = "normal"): number {
  const cache = measured[weight];
  let units = cache.get(text);
  if (units === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    units = unitsOf(text, weight);
    cache.set(text, units);
  }
  // 1 % of slack for kerning and hinting differences between renderers.
  return Math.ceil((units / 1000) * fontSize * 1.01);
}

const COUNT = new Intl.NumberFormat("en-GB");

/** A count as the figure writes it ("1,234"): one formatter, since toLocaleString builds one per call. */
export function formatCount(count: number): string {
  return COUNT.format(count);
}

/** A count and its noun, as every sentence that counts writes it: "1 event", "1,234 events". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : plural}`;
}

const wrapped = new Map<string, string[] | null>();

/**
 * Breaks text into at most `maxLines` lines no wider than `maxWidth`, at spaces; two lines are split
 * where they are most even (no orphaned last word). Returns null when it does not fit whole: the figure
 * writes a label in full or not at all, never with an ellipsis. The answer is kept (the same labels are
 * tried on every frame): callers must not change the array.
 */
export function wrapText(text: string, fontSize: number, maxWidth: number, maxLines: number, weight: Weight = "normal"): string[] | null {
  const key = `${weight}|${fontSize}|${maxWidth}|${maxLines}|${text}`;
  const known = wrapped.get(key);
  if (known !== undefined) return known;
  if (wrapped.size >= CACHE_LIMIT) wrapped.clear();
  const lines = breakLines(text, fontSize, maxWidth, maxLines, weight);
  wrapped.set(key, lines);
  return lines;
}

/** A line's advance is the sum of its characters', so lines are measured from their words' widths, not re-measured. */
function breakLines(text: string, fontSize: number, maxWidth: number, maxLines: number, weight: Weight): string[] | null {
  const width = (units: number) => Math.ceil((units / 1000) * fontSize * 1.01);
  const space = unitsOf(" ", weight);
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const units = words.map((word) => unitsOf(word, weight));
  const total = units.reduce((sum, u) => sum + u, 0) + space * (words.length - 1);
  if (width(total) <= maxWidth) return [words.join(" ")];
  if (maxLines < 2) return null;
  let best: { k: number; width: number } | null = null;
  let head = 0;
  for (let k = 1; k < words.length; k++) {
    head += units[k - 1]! + (k > 1 ? space : 0);
    const widest = Math.max(width(head), width(total - head - space));
    if (widest <= maxWidth && (!best || widest < best.width)) best = { k, width: widest };
  }
  if (best) return [words.slice(0, best.k).join(" "), words.slice(best.k).join(" ")];
  if (maxLines === 2) return null;
  // More lines: fill each greedily.
  const lines: string[] = [];
  let line = "";
  let lineUnits = 0;
  for (let i = 0; i < words.length; i++) {
    const nextUnits = line ? lineUnits + space + units[i]! : units[i]!;
    if (width(nextUnits) <= maxWidth) {
      line = line ? `${line} ${words[i]}` : words[i]!;
      lineUnits = nextUnits;
      continue;
    }
    if (!line || lines.length + 1 >= maxLines) return null;
    lines.push(line);
    line = words[i]!;
    lineUnits = units[i]!;
    if (width(lineUnits) > maxWidth) return null;
  }
  if (line) lines.push(line);
  return lines.length <= maxLines ? lines : null;
}

/**
 * Running text (a slide's title, summary, quote) broken greedily into as many lines as it needs, by the
 * same measure as the figure; each "\n" starts a new paragraph. A word wider than the line keeps a line
 * of its own.
 */
export function wrapParagraphs(text: string, fontSize: number, maxWidth: number, weight: Weight = "normal"): string[] {
  const out: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const next = line ? `${line} ${word}` : word;
      if (line && measureText(next, fontSize, weight) > maxWidth) {
        out.push(line);
        line = word;
      } else line = next;
    }
    out.push(line);
  }
  return out;
}

/** A word wider than the line, cut into pieces that fit (a URL or a run of letters without a space). */
function splitWord(word: string, fontSize: number, maxWidth: number, weight: Weight): string[] {
  if (measureText(word, fontSize, weight) <= maxWidth) return [word];
  const pieces: string[] = [];
  let piece = "";
  for (const ch of word) {
    if (piece && measureText(piece + ch, fontSize, weight) > maxWidth) {
      pieces.push(piece);
      piece = ch;
    } else piece += ch;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/**
 * Running text held to `maxLines` lines no wider than `maxWidth`: wrapped as wrapParagraphs does, a
 * word wider than the line cut where it must, and text past the last line replaced by "…" at its end.
 * What a slide does with a title or summary longer than it can hold, so nothing past it moves.
 */
export function clampParagraphs(text: string, fontSize: number, maxWidth: number, maxLines: number, weight: Weight = "normal"): { lines: string[]; clamped: boolean } {
  const lines = wrapParagraphs(text, fontSize, maxWidth, weight).flatMap((line) =>
    line.split(" ").some((word) => measureText(word, fontSize, weight) > maxWidth) ? wrapParagraphs(line.split(" ").flatMap((word) => splitWord(word, fontSize, maxWidth, weight)).join(" "), fontSize, maxWidth, weight) : [line],
  );
  if (lines.length <= maxLines) return { lines, clamped: false };
  const kept = lines.slice(0, Math.max(1, maxLines));
  let last = kept[kept.length - 1]!;
  while (last && measureText(`${last}…`, fontSize, weight) > maxWidth) last = last.slice(0, -1);
  kept[kept.length - 1] = `${last.replace(/[\s,;:.–—-]+$/, "")}…`;
  return { lines: kept, clamped: true };
}
