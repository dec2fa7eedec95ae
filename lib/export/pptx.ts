import PptxGenJS from "pptxgenjs";
import type { Source } from "../schema";
import { SLIDE_TEXT_LINES, type SlideSheet } from "../story/slide-sheet";

/**
 * A story as a native PowerPoint deck (pptxgenjs): 16:9, editable text in fonts every Office install
 * has (Calibri, Georgia for quotes), the figure as a PNG made at twice its placed size or more, speaker
 * notes in the notes pane; a title slide first and the sources last.
 */
export interface PptxFigure {
  png: Uint8Array;
  /** Pixel size of the PNG, for its proportions. */
  width: number;
  height: number;
}

export interface PptxInput {
  title: string;
  description: string;
  /** "Expert Snapshots, April 2025 · 75 events" and the like, under the title. */
  credit: string;
  generated: string;
  slides: { sheet: SlideSheet; figure: PptxFigure; window: string }[];
  sources: Source[];
}

const W = 13.333;
const H = 7.5;
const M = 0.5;
const FONT = "Calibri";
const QUOTE_FONT = "Georgia";
const INK = "1F2933";
const SOFT = "52606D";
const ACCENT = "B45309";

/**
 * Lines a text takes in a box `width` inches wide at `pt` points. Calibri averages about half an em a
 * character; `em` leaves room for a viewer that substitutes a wider font (LibreOffice without Calibri).
 */
function lines(text: string, width: number, pt: number, em = 0.55): number {
  const perLine = Math.max(8, Math.floor((width * 72) / (pt * em)));
  return text.split("\n").reduce((n, para) => n + Math.max(1, Math.ceil(para.length / perLine)), 0);
}
const height = (n: number, pt: number, spacing = 1.2) => (n * pt * spacing) / 72 + 0.08;

/** The text held to `max` lines of the box by the same estimate (a word boundary, then "…"): a long title never pushes the figure off the slide. */
function clampLines(text: string, width: number, pt: number, max: number, em = 0.55): string {
  if (lines(text, width, pt, em) <= max) return text;
  const room = Math.max(8, Math.floor((width * 72) / (pt * em))) * max - 1;
  const cut = text.replace(/\s+/g, " ").slice(0, room);
  const word = cut.lastIndexOf(" ");
  return `${(word > room * 0.6 ? cut.slice(0, word) : cut).replace(/[\s,;:.–—-]+$/, "")}…`;
}

function addTitleSlide(pptx: PptxGenJS, input: PptxInput) {
  const slide = pptx.addSlide();
  slide.background = { color: "FFFFFF" };
  slide.addShape(pptx.ShapeType.rect, { x: 0, y: 0, w: 0.18, h: H, fill: { color: ACCENT }, line: { color: ACCENT } });
  slide.addText(input.title, { x: M + 0.3, y: 2.2, w: W - 2 * M - 0.3, h: 1.4, fontFace: FONT, fontSize: 40, bold: true, color: INK, valign: "bottom" });
  if (input.description)
    slide.addText(input.description, { x: M + 0.3, y: 3.7, w: W - 2 * M - 0.3, h: 1.2, fontFace: FONT, fontSize: 20, color: SOFT, valign: "top" });
  slide.addText(`${input.credit}\n${input.generated}`, { x: M + 0.3, y: H - 1.3, w: W - 2 * M - 0.3, h: 0.8, fontFace: FONT, fontSize: 12, color: SOFT, valign: "bottom" });
  slide.addNotes(`${input.title}. ${input.slides.length} steps.`);
}

function addStepSlide(pptx: PptxGenJS, input: PptxInput, { sheet, figure, window }: PptxInput["slides"][number], index: number) {
  const slide = pptx.addSlide();
  slide.background = { color: "FFFFFF" };
  const quote = sheet.quote;
  const full = W - 2 * M;
  slide.addText(clampLines(input.title.toUpperCase(), full, 11, 1), { x: M, y: 0.3, w: full, h: 0.3, fontFace: FONT, fontSize: 11, bold: true, color: ACCENT, charSpacing: 1 });
  const bottom = H - 0.55;
  const left = quote ? full * 0.62 : full;
  // The list under the figure: numbered like the figure's badges; two columns when it is long.
  const columns = sheet.events.length > 6 ? 2 : 1;
  const listPt = sheet.events.length > 8 ? 11 : 12;
  const colW = (left - (columns - 1) * 0.3) / columns;
  const entry = (e: { number: number; title: string; dateLabel: string }) => `${e.number}  ${e.title} — ${e.dateLabel}`;
  const events = sheet.events.map((e) => ({ ...e, title: lines(entry(e), colW, listPt) <= SLIDE_TEXT_LINES.listItem ? e.title : clampLines(e.title, colW, listPt, SLIDE_TEXT_LINES.listItem - 1) }));
  const perColumn = Math.ceil(sheet.events.length / columns);
  const listLines = Math.max(0, ...Array.from({ length: columns }, (_, c) => events.slice(c * perColumn, (c + 1) * perColumn).reduce((n, e) => n + lines(entry(e), colW, listPt), 0)));
  const listH = sheet.events.length ? height(listLines, listPt, 1.25) : 0;

  // Title and summary take the lines they need up to SLIDE_TEXT_LINES, fewer when the figure would get less than its share.
  const headAt = (titleLines: number, summaryLines: number) => {
    const title = clampLines(sheet.title, full, 28, titleLines);
    const summary = clampLines(sheet.summary, full, 15, summaryLines);
    const titleH = height(lines(title, full, 28), 28, 1.1);
    const summaryH = height(lines(summary, full, 15), 15);
    return { title, summary, titleH, summaryH, top: 0.85 + titleH + summaryH };
  };
  const room = (head: { top: number }) => bottom - head.top - listH - (listH ? 0.15 : 0);
  const minFigure = SLIDE_TEXT_LINES.minFigureShare * H;
  let head = headAt(SLIDE_TEXT_LINES.title, SLIDE_TEXT_LINES.summary);
  for (let n = SLIDE_TEXT_LINES.summary - 1; n >= 1 && room(head) < minFigure; n--) head = headAt(SLIDE_TEXT_LINES.title, n);
  for (let n = SLIDE_TEXT_LINES.title - 1; n >= 1 && room(head) < minFigure; n--) head = headAt(n, 1);
  const { top, titleH, summaryH } = head;
  slide.addText(head.title, { x: M, y: 0.62, w: full, h: titleH, fontFace: FONT, fontSize: 28, bold: true, color: INK, valign: "top", margin: 0 });
  slide.addText(head.summary, { x: M, y: 0.7 + titleH, w: full, h: summaryH, fontFace: FONT, fontSize: 15, color: SOFT, valign: "top", margin: 0 });
  const figureH = Math.max(1.2, room(head));
  const scale = Math.min(left / figure.width, figureH / figure.height);
  const fw = figure.width * scale;
  const fh = figure.height * scale;
  slide.addImage({ data: `image/png;base64,${Buffer.from(figure.png).toString("base64")}`, x: M, y: top, w: fw, h: fh, altText: `Timeline, ${window}` });
  for (let c = 0; c < columns; c++) {
    const chunk = events.slice(c * perColumn, (c + 1) * perColumn);
    if (!chunk.length) continue;
    slide.addText(
      chunk.flatMap((e, i) => [
        { text: `${e.number}  `, options: { bold: true, color: ACCENT } },
        { text: e.title, options: { color: INK } },
        { text: ` — ${e.dateLabel}`, options: { color: SOFT, breakLine: i < chunk.length - 1 } },
      ]),
      { x: M + c * (colW + 0.3), y: top + fh + 0.12, w: colW, h: listH, fontFace: FONT, fontSize: listPt, valign: "top", margin: 0, paraSpaceAfter: 2 },
    );
  }
  if (quote) {
    const qx = M + left + 0.35;
    const qw = full - left - 0.55;
    const caption = `${quote.expertName}\n${quote.role}, ${quote.institution}${quote.written ? `\n${quote.written}` : ""}`;
    const room = bottom - top;
    const quoteHeight = (size: number) => height(lines(`“${quote.quote}”`, qw, size, 0.58), size, 1.3) + height(lines(caption, qw, 11), 11, 1.3) + 0.1;
    // The largest size (16 pt down to 10) at which the whole quote and its caption fit the column.
    const pt = [16, 15, 14, 13, 12, 11, 10].find((size) => quoteHeight(size) <= room) ?? 10;
    // Too long even at 10 pt: cut to the lines the column holds.
    const words = quoteHeight(pt) <= room ? quote.quote : clampLines(quote.quote, qw, 10, Math.max(1, Math.floor(((room - height(lines(caption, qw, 11), 11, 1.3) - 0.2) * 72) / (10 * 1.3))), 0.58);
    const h = Math.min(room, quoteHeight(pt));
    slide.addShape(pptx.ShapeType.rect, { x: qx, y: top, w: 0.05, h, fill: { color: ACCENT }, line: { color: ACCENT } });
    // One text box: the caption flows under the quote whatever font the viewer substitutes.
    slide.addText(
      [
        { text: `“${words}”`, options: { fontFace: QUOTE_FONT, fontSize: pt, italic: true, color: INK, breakLine: true, paraSpaceAfter: 6 } },
        { text: quote.expertName, options: { bold: true, color: INK, breakLine: true } },
        { text: `${quote.role}, ${quote.institution}`, options: { color: SOFT, breakLine: Boolean(quote.written) } },
        ...(quote.written ? [{ text: quote.written, options: { color: ACCENT } }] : []),
      ],
      { x: qx + 0.2, y: top, w: qw, h, fontFace: FONT, fontSize: 11, valign: "top", margin: 0 },
    );
  }
  slide.addText(clampLines(sheet.sourceLine, full - 0.8, 9, 1), { x: M, y: H - 0.5, w: full - 0.8, h: 0.3, fontFace: FONT, fontSize: 9, color: SOFT, valign: "middle", margin: 0 });
  slide.addText(`${index + 1} / ${input.slides.length}`, { x: W - M - 0.8, y: H - 0.5, w: 0.8, h: 0.3, fontFace: FONT, fontSize: 9, color: SOFT, align: "right", valign: "middle", margin: 0 });
  const notes = [sheet.notes || "No notes for this step.", ...sheet.quotes.map((q) => `“${q.quote}” — ${q.expertName}, ${q.institution}`)];
  if (sheet.target) notes.push(`Target time: ${Math.floor(sheet.target / 60)}:${String(sheet.target % 60).padStart(2, "0")}`);
  slide.addNotes(notes.join("\n\n"));
}

/** Sources in three columns a slide, as many slides as they need; each entry links to its page. */
function addSourceSlides(pptx: PptxGenJS, sources: Source[]) {
  const COLUMNS = 3;
  const colW = (W - 2 * M - 0.3 * (COLUMNS - 1)) / COLUMNS;
  const pt = 8;
  const room = H - 1.4 - 0.4;
  const pages: Source[][][] = [[[]]];
  let used = 0;
  sources.forEach((source, i) => {
    const h = height(lines(`${i + 1}. ${source.publisher}, “${source.title}” ${source.url}`, colW, pt), pt, 1.15);
    if (used + h > room) {
      const page = pages[pages.length - 1]!;
      if (page.length === COLUMNS) pages.push([[]]);
      else page.push([]);
      used = 0;
    }
    const page = pages[pages.length - 1]!;
    page[page.length - 1]!.push(source);
    used += h;
  });
  let n = 0;
  pages.forEach((page, p) => {
    const slide = pptx.addSlide();
    slide.background = { color: "FFFFFF" };
    slide.addText(p === 0 ? "Sources" : "Sources (continued)", { x: M, y: 0.4, w: W - 2 * M, h: 0.7, fontFace: FONT, fontSize: 28, bold: true, color: INK, margin: 0 });
    page.forEach((column, c) => {
      if (!column.length) return;
      slide.addText(
        column.flatMap((source, i) => {
          n += 1;
          const last = i === column.length - 1;
          return [
            { text: `${n}. ${source.publisher}, “${source.title}” `, options: { color: INK } },
            { text: source.url, options: { color: SOFT, hyperlink: { url: source.url }, breakLine: !last } },
          ];
        }),
        { x: M + c * (colW + 0.3), y: 1.3, w: colW, h: room, fontFace: FONT, fontSize: pt, valign: "top", margin: 0, paraSpaceAfter: 3 },
      );
    });
    slide.addNotes(p === 0 ? "Every source behind the events and the commentary in this briefing." : "Sources, continued.");
  });
}

export async function buildPptx(input: PptxInput): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = "LAYOUT_WIDE";
  pptx.title = input.title;
  pptx.subject = input.description;
  pptx.company = input.credit;
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };
  addTitleSlide(pptx, input);
  input.slides.forEach((slide, i) => addStepSlide(pptx, input, slide, i));
  if (input.sources.length) addSourceSlides(pptx, input.sources);
  const out = await pptx.write({ outputType: "uint8array", compression: true });
  return out as Uint8Array;
}
