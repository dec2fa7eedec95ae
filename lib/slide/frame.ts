import { textBlock, SLIDE_HEIGHT, SLIDE_WIDTH, U, type Box, type TextBlock } from "./text-block";

/**
 * What every slide has whatever its content: the handling mark as a banner along the top and bottom
 * edges (when there is one), the side margins, and the footer band above the bottom banner (the step
 * counter; on screen the deck's controls). The PowerPoint master, the title and sources slides and the
 * step slides all use it.
 */
export interface SlideFrame {
  banners: { top: Banner; bottom: Banner } | null;
  /** Left and right margin of the content. */
  padX: number;
  /** Where content starts and ends. */
  top: number;
  bottom: number;
  footer: Box;
  counter: TextBlock | null;
}

const BANNER = 2.6 * U;
const BANNER_SIZE = 1.15 * U;
const FOOTER = 3.6 * U;

/** A band across the slide and its text: centred, bold, on one line (a longer mark ends in "…"; the schema allows 100 characters). */
export interface Banner {
  band: Box;
  text: TextBlock;
}

function banner(marking: string, y: number): Banner {
  const block = textBlock(marking, 4 * U, 0, SLIDE_WIDTH - 8 * U, BANNER_SIZE, { weight: "bold", align: "center", maxLines: 1, lineHeight: 1.2 });
  return { band: { x: 0, y, width: SLIDE_WIDTH, height: BANNER }, text: { ...block, y: y + (BANNER - block.height) / 2 } };
}

export function slideFrame(marking: string | null, position: { step: number; count: number } | null = null): SlideFrame {
  const padX = 4 * U;
  const banners = marking ? { top: banner(marking, 0), bottom: banner(marking, SLIDE_HEIGHT - BANNER) } : null;
  const footerBottom = SLIDE_HEIGHT - (banners ? BANNER : 0);
  const footer = { x: padX, y: footerBottom - FOOTER, width: SLIDE_WIDTH - 2 * padX, height: FOOTER };
  const counterSize = 1.46 * U;
  const counter = position
    ? { ...textBlock(`${position.step} / ${position.count}`, footer.x + footer.width - 12 * U, 0, 12 * U, counterSize, { weight: "bold", align: "right", maxLines: 1, lineHeight: 1.2 }), y: footer.y + (FOOTER - counterSize * 1.2) / 2 }
    : null;
  return { banners, padX, top: banners ? BANNER + 1.6 * U : 3 * U, bottom: footer.y - 0.4 * U, footer, counter };
}
