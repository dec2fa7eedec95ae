import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import PptxGenJS from "pptxgenjs";
import type { SceneLink } from "../scene/links";
import { paintScene } from "../scene/paint";
import { clampParagraphs } from "../scene/text";
import type { Scene } from "../scene/types";
import type { Source } from "../schema";
import { slideFrame } from "../slide/frame";
import type { SlideLayout } from "../slide/layout";
import { SLIDE_WIDTH, type TextBlock } from "../slide/text-block";
import type { SlideSheet } from "../story/slide-sheet";
import { createIds, group, shape, type Drawn, type Run } from "./drawingml";
import { paintFigure } from "./pptx-figure";

/**
 * A story as a PowerPoint deck a briefer can finish: 16:9, a title slide, then each step laid out by
 * the one slide layout (lib/slide/layout.ts) with its figure as native shapes (pptx-figure.ts) — lanes,
 * marks, labels, number discs and links a briefer can move, recolour and retype — the speaker notes in
 * the notes pane, and the sources last. The handling mark is in the slide master, top and bottom, so
 * every slide (a copied one too) carries it. pptxgenjs writes the package; what it cannot write
 * (groups, connectors, pattern fills, the master's shapes) is added to its XML afterwards.
 */
export interface PptxStep {
  sheet: SlideSheet;
  layout: SlideLayout;
  /** The figure's scene, laid out `layout.figure.sceneWidth` wide in the slide medium, and its links. */
  scene: Scene;
  links: SceneLink[];
  window: string;
}

export interface PptxInput {
  title: string;
  description: string;
  /** The data set's title. */
  credit: string;
  dataVersion: string | null;
  /** The snapshot line's label: "Expert Snapshots, written no earlier than 24 April 2025". */
  commentary: string;
  generated: string;
  marking: string | null;
  slides: PptxStep[];
  sources: Source[];
}

const INCH = SLIDE_WIDTH / 13.333;
/**
 * The faces the layout measures and the other media draw in (Liberation Sans and Serif are
 * metric-compatible with Arial and Times New Roman), so PowerPoint breaks every line where the HTML and
 * SVG slides do and no region holds more or fewer lines than it was given.
 */
const FONT = "Arial";
const QUOTE_FONT = "Times New Roman";
const C = { ink: "#1F2933", soft: "#52606D", accent: "#B45309", disc: "#FBBF24", band: "#EEF1F5", rule: "#B45309" };
const PLACEHOLDER = "snapshots-step-content";
const inches = (units: number) => units / INCH;

/**
 * A layout text block as a PowerPoint text box: the same box, line spacing and lines, kept apart by line
 * breaks, so PowerPoint breaks them where the HTML and SVG slides do (the box still wraps, should a
 * viewer's substitute face be wider).
 */
function textBox(nextId: () => number, name: string, block: TextBlock, colour: string, font = FONT): Drawn | null {
  if (block.lines.length === 0) return null;
  const run: Run = { text: block.lines.join("\n"), size: block.size, colour, bold: block.weight === "bold", italic: block.italic, font };
  return shape({ id: nextId(), name, textBox: true, x: block.x, y: block.y, width: block.width, height: block.height, text: { paragraphs: [[run]], lineHeight: block.lineHeight, wrap: true, align: block.align === "center" ? "ctr" : block.align === "right" ? "r" : "l" } });
}

/** Everything on a step slide, drawn from its layout: one group per region, the figure as shapes. */
function stepContent(step: PptxStep): string {
  const nextId = createIds();
  const { layout, sheet } = step;
  const parts: (Drawn | null)[] = [
    textBox(nextId, "Kicker", layout.kicker, C.accent),
    textBox(nextId, "Title", layout.title, C.ink),
    textBox(nextId, "Summary", layout.summary, C.soft),
    paintFigure(paintScene(step.scene, { links: step.links }), { x: layout.figure.x, y: layout.figure.y, scale: layout.figure.scale }, { nextId, title: `Timeline, ${step.window}`, font: FONT }),
  ];
  if (layout.list) {
    const { list } = layout;
    const entries = list.entries.map((entry) => {
      const event = sheet.events.find((e) => e.id === entry.id)!;
      const disc = shape({
        id: nextId(), name: `Number ${entry.number}`, geometry: "ellipse", x: entry.disc.cx - entry.disc.r, y: entry.disc.cy - entry.disc.r, width: 2 * entry.disc.r, height: 2 * entry.disc.r,
        fill: { type: "solid", colour: C.disc }, text: { paragraphs: [[{ text: String(entry.number), size: entry.disc.size, colour: "#111827", bold: true, font: FONT }]], align: "ctr", anchor: "ctr" },
      });
      // The layout's lines, the date ending the last (or on a line of its own, kept whole).
      const title = entry.text.lines.map((line) => line.text).join("\n").trim();
      const dateLine = entry.text.lines.length > 1 && entry.text.lines[entry.text.lines.length - 1]!.text === "";
      const text = shape({
        id: nextId(), name: `Event ${entry.number}`, textBox: true, ...entry.text,
        text: { paragraphs: [[{ text: title, size: list.size, colour: C.ink, font: FONT }, { text: `${dateLine ? "\n" : title ? " " : ""}${event.dateLabel.replace(/ /g, "\u00a0")}`, size: list.size, colour: C.soft, font: FONT }]], lineHeight: list.lineHeight, wrap: true },
      });
      return group(nextId(), `Event ${entry.number}: ${event.title}`, [disc, text])!;
    });
    const more = list.more ? textBox(nextId, "More events", list.more, C.soft) : null;
    parts.push(group(nextId(), "Events", [...entries, ...(more ? [more] : [])]));
  }
  if (layout.quote) {
    // One text box: the caption flows under the quote whatever face the viewer puts in Times New Roman's place.
    const q = layout.quote;
    const para = (block: TextBlock, colour: string, after: number, font = FONT) => ({ runs: [{ text: block.lines.join("\n"), size: block.size, colour, bold: block.weight === "bold", italic: block.italic, font }], lineHeight: block.lineHeight, after });
    const gap = (next: TextBlock | null, block: TextBlock) => (next ? next.y - block.y - block.height : 0);
    const paragraphs = [para(q.text, C.ink, gap(q.name, q.text), QUOTE_FONT), para(q.name, C.ink, 0), para(q.role, C.soft, gap(q.written, q.role)), ...(q.written ? [para(q.written, C.accent, 0)] : [])];
    parts.push(
      group(nextId(), "Quote", [
        shape({ id: nextId(), name: "Quote rule", ...q.rule, fill: { type: "solid", colour: C.rule } }),
        shape({ id: nextId(), name: "Quote", textBox: true, x: q.text.x, y: q.text.y, width: q.text.width, height: q.height, text: { paragraphs, wrap: true } }),
      ]),
    );
  }
  parts.push(textBox(nextId, "Sources", layout.sources, C.soft));
  if (layout.frame.counter) parts.push(textBox(nextId, "Step", layout.frame.counter, C.soft));
  return parts.filter((part): part is Drawn => part !== null).map((part) => part.xml).join("");
}

function addTitleSlide(pptx: PptxGenJS, input: PptxInput) {
  const frame = slideFrame(input.marking);
  const slide = pptx.addSlide();
  slide.background = { color: "FFFFFF" };
  const x = inches(frame.padX) + 0.3;
  const w = inches(SLIDE_WIDTH - 2 * frame.padX) - 0.3;
  slide.addShape(pptx.ShapeType.rect, { x: 0, y: inches(frame.top) - 0.1, w: 0.18, h: inches(frame.bottom - frame.top) + 0.2, fill: { color: C.accent.slice(1) }, line: { color: C.accent.slice(1) } });
  slide.addText(input.title, { x, y: 2.0, w, h: 1.5, fontFace: FONT, fontSize: 40, bold: true, color: C.ink.slice(1), valign: "bottom", margin: 0 });
  if (input.description) slide.addText(input.description, { x, y: 3.7, w, h: 1.3, fontFace: FONT, fontSize: 20, color: C.soft.slice(1), valign: "top", margin: 0 });
  const facts = [`Data: ${input.credit}${input.dataVersion ? `, version ${input.dataVersion}` : ""}`, `Commentary: ${input.commentary}`, input.generated];
  slide.addText(facts.join("\n"), { x, y: inches(frame.bottom) - 1.0, w, h: 0.9, fontFace: FONT, fontSize: 12, color: C.soft.slice(1), valign: "bottom", margin: 0 });
  slide.addNotes(`${input.title}. ${input.slides.length} steps. ${facts.join(". ")}.`);
}

function addStepSlide(pptx: PptxGenJS, step: PptxStep) {
  const slide = pptx.addSlide();
  slide.background = { color: "FFFFFF" };
  // A stand-in, replaced by the step's own shapes once pptxgenjs has written the slide.
  slide.addText(" ", { x: 0, y: 0, w: 0.1, h: 0.1, objectName: PLACEHOLDER });
  const { sheet } = step;
  const notes = [sheet.notes || "No notes for this step.", ...sheet.quotes.map((q) => `“${q.quote}” — ${q.expertName}, ${q.institution}`)];
  if (step.layout.list?.more) notes.push(`Events on this step: ${sheet.events.map((e) => `${e.number}. ${e.title} (${e.dateLabel})`).join("; ")}`);
  if (sheet.target) notes.push(`Target time: ${Math.floor(sheet.target / 60)}:${String(sheet.target % 60).padStart(2, "0")}`);
  slide.addNotes(notes.join("\n\n"));
}

/** Sources in three columns a slide, as many slides as they need; each entry links to its page. */
function addSourceSlides(pptx: PptxGenJS, sources: Source[], marking: string | null) {
  const frame = slideFrame(marking);
  const COLUMNS = 3;
  const x0 = inches(frame.padX);
  const colW = (inches(SLIDE_WIDTH - 2 * frame.padX) - 0.3 * (COLUMNS - 1)) / COLUMNS;
  const pt = 8;
  const top = inches(frame.top) + 0.9;
  const room = inches(frame.bottom) - top;
  // Lines an entry takes, by the one text measure (points across a column at the entry's size; a URL is cut where it must be).
  const lines = (text: string) => Math.max(1, clampParagraphs(text, pt, colW * 72, Number.MAX_SAFE_INTEGER).lines.length);
  const pages: Source[][][] = [[[]]];
  let used = 0;
  sources.forEach((source, i) => {
    const h = (lines(`${i + 1}. ${source.publisher}, “${source.title}” ${source.url}`) * pt * 1.15 + 3) / 72;
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
    slide.addText(p === 0 ? "Sources" : "Sources (continued)", { x: x0, y: inches(frame.top), w: inches(SLIDE_WIDTH - 2 * frame.padX), h: 0.7, fontFace: FONT, fontSize: 28, bold: true, color: C.ink.slice(1), margin: 0 });
    page.forEach((column, c) => {
      if (!column.length) return;
      slide.addText(
        column.flatMap((source, i) => {
          n += 1;
          const last = i === column.length - 1;
          return [
            { text: `${n}. ${source.publisher}, “${source.title}” `, options: { color: C.ink.slice(1) } },
            { text: source.url, options: { color: C.soft.slice(1), hyperlink: { url: source.url }, breakLine: !last } },
          ];
        }),
        { x: x0 + c * (colW + 0.3), y: top, w: colW, h: room, fontFace: FONT, fontSize: pt, valign: "top", margin: 0, paraSpaceAfter: 3 },
      );
    });
    slide.addNotes(p === 0 ? "Every source behind the events and the commentary in this briefing." : "Sources, continued.");
  });
}

/** The handling mark as two banners in the slide master: every layout and slide shows them, copies too. */
function masterMarking(marking: string): string {
  const { banners } = slideFrame(marking);
  const nextId = createIds(900);
  return [banners!.top, banners!.bottom]
    .map(({ band, text }, i) =>
      shape({
        id: nextId(), name: i === 0 ? "Handling mark (top)" : "Handling mark (bottom)", ...band, fill: { type: "solid", colour: C.band },
        text: { paragraphs: [[{ text: text.lines.join(" "), size: text.size, colour: C.ink, bold: true, font: FONT }]], align: "ctr", anchor: "ctr" },
      }).xml,
    )
    .join("");
}

/** Swaps each step slide's stand-in for its shapes and writes the marking into the master. */
function finish(file: Uint8Array, input: PptxInput): Uint8Array {
  const files = unzipSync(file);
  input.slides.forEach((step, i) => {
    const name = `ppt/slides/slide${i + 2}.xml`;
    const xml = strFromU8(files[name]!);
    const at = xml.indexOf(`name="${PLACEHOLDER}"`);
    const start = xml.lastIndexOf("<p:sp>", at);
    const end = xml.indexOf("</p:sp>", at) + "</p:sp>".length;
    if (at < 0 || start < 0) throw new Error(`slide ${i + 2}: the figure's stand-in is missing`);
    files[name] = strToU8(xml.slice(0, start) + stepContent(step) + xml.slice(end));
  });
  if (input.marking) {
    const master = "ppt/slideMasters/slideMaster1.xml";
    const xml = strFromU8(files[master]!);
    files[master] = strToU8(xml.replace("</p:spTree>", `${masterMarking(input.marking)}</p:spTree>`));
  }
  return zipSync(files, { level: 6 });
}

export async function buildPptx(input: PptxInput): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = "LAYOUT_WIDE";
  pptx.title = input.marking ? `${input.title} [${input.marking}]` : input.title;
  pptx.subject = input.marking ? `Handling: ${input.marking}. ${input.description}` : input.description;
  pptx.company = input.credit;
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };
  addTitleSlide(pptx, input);
  input.slides.forEach((step) => addStepSlide(pptx, step));
  if (input.sources.length) addSourceSlides(pptx, input.sources, input.marking);
  const out = (await pptx.write({ outputType: "uint8array", compression: false })) as Uint8Array;
  return finish(out, input);
}

