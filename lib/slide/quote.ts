import type { SheetQuote } from "../story/slide-sheet";
import { textBlock, U, type Box, type TextBlock } from "./text-block";

export interface QuoteLayout extends Box {
  /** The accent rule down its left side. */
  rule: Box;
  text: TextBlock;
  name: TextBlock;
  role: TextBlock;
  written: TextBlock | null;
}

const RULE = 0.35 * U;
const INDENT = 1.4 * U;

/** Quotes are set as large as they fit whole: long ones start smaller, still at projector size. */
function startSize(quote: string): number {
  return quote.length > 620 ? 1.3 : quote.length > 380 ? 1.46 : 1.7;
}

/**
 * The quote and its caption (name, role and institution, when it was written) in a column `width` wide
 * and at most `height` tall: at the largest size (1.7 % of the width down to 0.9 %) at which it is
 * whole; a quote too long even then keeps the lines that fit and ends in "…" (the notes and the
 * handout have it whole). Measured as sans: the serif italic it is drawn in is narrower.
 */
export function layoutQuote(quote: SheetQuote, x: number, y: number, width: number, height: number): QuoteLayout {
  const tx = x + INDENT;
  const tw = width - INDENT;
  const at = (size: number, maxLines = Infinity) => {
    const text = textBlock(`“${quote.quote}”`, tx, y, tw, size, { font: "serif", italic: true, lineHeight: 1.35, maxLines });
    const cap = Math.min(1.46 * U, size * 1.1);
    const name = textBlock(quote.expertName, tx, text.y + text.height + 0.8 * U, tw, cap, { weight: "bold", maxLines: 1, lineHeight: 1.3 });
    const role = textBlock(`${quote.role}, ${quote.institution}`, tx, name.y + name.height, tw, cap, { maxLines: 3, lineHeight: 1.3 });
    const written = quote.written ? textBlock(quote.written, tx, role.y + role.height + 0.4 * U, tw, 1.25 * U, { maxLines: 2, lineHeight: 1.3 }) : null;
    const bottom = written ? written.y + written.height : role.y + role.height;
    return { x, y, width, height: bottom - y, rule: { x, y, width: RULE, height: bottom - y }, text, name, role, written };
  };
  const start = startSize(quote.quote);
  const sizes = [start, 1.3, 1.2, 1.1, 1.0, 0.9].filter((size) => size <= start).map((size) => size * U);
  for (const size of sizes) {
    const fitted = at(size);
    if (fitted.height <= height) return fitted;
  }
  const smallest = sizes[sizes.length - 1]!;
  for (let lines = Math.floor(height / (smallest * 1.35)); lines > 1; lines--) {
    const cut = at(smallest, lines);
    if (cut.height <= height) return cut;
  }
  return at(smallest, 1);
}
