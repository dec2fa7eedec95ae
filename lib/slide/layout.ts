import { SLIDE_TEXT_LINES, type SlideSheet } from "../story/slide-sheet";
import { slideFrame, type SlideFrame } from "./frame";
import { layoutList, type ListLayout } from "./list";
import { layoutQuote, type QuoteLayout } from "./quote";
import { SLIDE_HEIGHT, SLIDE_WIDTH, textBlock, U, type Box, type TextBlock } from "./text-block";

/**
 * A step's slide laid out once — kicker, title, summary, figure, numbered list, quote, source line,
 * footer and handling banners — in slide units (1920 × 1080). The HTML slide (SlideView), its SVG and
 * PNG (lib/export/slide-svg.ts) and the PowerPoint slide (lib/export/pptx.ts) all draw this; none of
 * them places or measures anything itself. Text is broken into lines by the one text measure
 * (lib/scene/text.ts) and cut with "…" where a slide cannot hold it, so nothing leaves its box.
 */
export interface SlideLayoutInput {
  kicker: string;
  sheet: Pick<SlideSheet, "title" | "summary" | "events" | "quote" | "sourceLine">;
  marking: string | null;
  position?: { step: number; count: number } | null;
  /** The figure's height in its own units (the scene's) when laid out `width` units wide. */
  figureHeight: (width: number) => number;
}

export interface SlideLayout {
  width: number;
  height: number;
  frame: SlideFrame;
  /** How far the slide had to tighten its type to keep the figure large (0 = not at all). */
  level: number;
  kicker: TextBlock;
  title: TextBlock;
  summary: TextBlock;
  /** Where the figure is drawn, and at what width its scene is laid out (slide units per scene unit: `scale`). */
  figure: Box & { sceneWidth: number; scale: number };
  list: ListLayout | null;
  quote: QuoteLayout | null;
  sources: TextBlock;
}

/** Scene units to slide units when the figure has room: its type then matches the list's. */
const FIGURE_SCALE = 1.4;
/** Below this the slide tightens its type (the next level) rather than shrink the figure further. */
const MIN_SCALE = 0.7;
const MANY_EVENTS = 6;
const GAP_X = 2.6 * U;

/** Each level sets text a step smaller and in fewer lines, so the figure keeps its size. */
const LEVELS = [
  { title: 3.3, titleLines: SLIDE_TEXT_LINES.title, summary: 1.75, summaryLines: SLIDE_TEXT_LINES.summary, list: 1.46, listMany: 1.25 },
  { title: 2.8, titleLines: SLIDE_TEXT_LINES.title, summary: 1.5, summaryLines: SLIDE_TEXT_LINES.summary, list: 1.25, listMany: 1.1 },
  { title: 2.8, titleLines: 2, summary: 1.5, summaryLines: 3, list: 1.1, listMany: 1.0 },
  { title: 2.6, titleLines: 2, summary: 1.4, summaryLines: 1, list: 1.0, listMany: 0.95 },
] as const;

export function layoutSlide(input: SlideLayoutInput): SlideLayout {
  const frame = slideFrame(input.marking, input.position ?? null);
  // The figure keeps its share of the slide (or its full size, when that is less) at a legible scale.
  const share = SLIDE_TEXT_LINES.minFigureShare * SLIDE_HEIGHT;
  const enough = (layout: SlideLayout) => layout.figure.scale >= MIN_SCALE && layout.figure.height >= Math.min(share, (layout.figure.height / layout.figure.scale) * FIGURE_SCALE) - 0.5;
  let last: SlideLayout | null = null;
  for (let level = 0; level < LEVELS.length; level++) {
    last = layoutAt(input, frame, level, Infinity);
    if (enough(last)) return last;
  }
  // Tightest type and still no room: the list gives up entries ("and N more") so the figure keeps its share.
  const body = last!.figure.y;
  const room = last!.sources.y - 0.8 * U - body - share - 1.2 * U;
  return layoutAt(input, frame, LEVELS.length - 1, Math.max(room, 0));
}

function layoutAt(input: SlideLayoutInput, frame: SlideFrame, level: number, maxListHeight: number): SlideLayout {
  const L = LEVELS[level]!;
  const { sheet } = input;
  const x = frame.padX;
  const inner = SLIDE_WIDTH - 2 * x;
  const kicker = textBlock(input.kicker.toUpperCase(), x, frame.top, inner, 1.46 * U, { weight: "bold", maxLines: 1, lineHeight: 1.2 });
  const title = textBlock(sheet.title, x, kicker.y + kicker.height + 0.8 * U, inner, L.title * U, { weight: "bold", maxLines: L.titleLines, lineHeight: 1.1 });
  const summarySize = L.summary * U;
  const summary = textBlock(sheet.summary, x, title.y + title.height + 0.8 * U, Math.min(inner, 40 * summarySize), summarySize, { maxLines: L.summaryLines, lineHeight: 1.35 });
  const sourcesBlock = textBlock(sheet.sourceLine, x, 0, inner, U, { maxLines: SLIDE_TEXT_LINES.sourceLine, lineHeight: 1.3 });
  const sources = { ...sourcesBlock, y: frame.bottom - sourcesBlock.height };
  const bodyTop = summary.y + summary.height + 1.4 * U;
  const bodyBottom = sources.y - 0.8 * U;

  const many = sheet.events.length > MANY_EVENTS;
  const chartW = sheet.quote ? ((inner - GAP_X) * (many ? 1.8 : 1.6)) / (many ? 2.8 : 2.6) : inner;
  const quote = sheet.quote ? layoutQuote(sheet.quote, x + chartW + GAP_X, bodyTop, inner - chartW - GAP_X, bodyBottom - bodyTop) : null;
  const columns = sheet.quote ? (many ? 2 : 1) : many ? 3 : 2;
  const listSize = (many ? L.listMany : L.list) * U;
  const draft = layoutList(sheet.events, x, bodyBottom, chartW, columns, listSize, maxListHeight);

  // The figure takes the room above the list, as wide as its column; the list then sits right under it.
  const roomBottom = draft ? draft.y - 1.2 * U : bodyBottom;
  const sceneHeight = input.figureHeight(chartW / FIGURE_SCALE);
  const scale = Math.max(0.05, Math.min(FIGURE_SCALE, (roomBottom - bodyTop) / sceneHeight));
  const sceneWidth = chartW / scale;
  const figureHeight = input.figureHeight(sceneWidth) * scale;
  const figure = { x, y: bodyTop, width: chartW, height: figureHeight, sceneWidth, scale };
  const list = draft && layoutList(sheet.events, x, bodyTop + figureHeight + 1.2 * U + draft.height, chartW, columns, listSize, maxListHeight);
  return { width: SLIDE_WIDTH, height: SLIDE_HEIGHT, frame, level, kicker, title, summary, figure, list, quote, sources };
}
