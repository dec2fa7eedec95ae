import { clampParagraphs } from "../scene/text";
import { isDenseSlide, MANY_EVENTS, SLIDE_TEXT_LINES, type SlideSheet } from "../story/slide-sheet";

/**
 * A whole slide as one standalone SVG (1920×1080, the projector's dark theme): kicker, title, summary,
 * the figure, the numbered list, the quote and the source line. Text is wrapped by the figure's one
 * text-measure rule (lib/scene/text.ts); fonts are named explicitly (Liberation, metric-compatible with Arial).
 */
export interface SlideSvgInput {
  sheet: SlideSheet;
  kicker: string;
  /** The figure as a standalone SVG (renderSlideFigureSvg). */
  figure: string;
  width?: number;
  height?: number;
}

const SANS = "Liberation Sans, Arial, sans-serif";
const SERIF = "Liberation Serif, Georgia, serif";
const C = { bg: "#0a0f1c", fg: "#f8fafc", muted: "#cbd5e1", accent: "#fbbf24", badgeText: "#111827" };

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Text is measured by the figure's one rule (Liberation Sans; the serif italic quote is narrower, so
 * it always fits), held to `lines` lines (the rest becomes "…"): nothing a slide cannot hold moves
 * what comes after it.
 */
const clamp = (text: string, size: number, width: number, lines: number, weight: "normal" | "bold" = "normal") => clampParagraphs(text, size, width, lines, weight).lines;

interface Block {
  svg: string;
  height: number;
}

function textBlock(x: number, y: number, lines: string[], size: number, lineHeight: number, attrs: string): Block {
  const tspans = lines.map((line, i) => `<tspan x="${x}" y="${(y + size + i * size * lineHeight).toFixed(1)}">${esc(line)}</tspan>`).join("");
  return { svg: `<text ${attrs} font-size="${size}">${tspans}</text>`, height: lines.length * size * lineHeight };
}

export function composeSlideSvg({ sheet, kicker, figure, width = 1920, height = 1080 }: SlideSvgInput): string {
  const u = width / 100; // 1cqw, as the HTML slide sizes everything
  const padX = 4 * u;
  const inner = width - 2 * padX;
  const parts: string[] = [`<rect width="${width}" height="${height}" fill="${C.bg}"/>`];
  const dense = isDenseSlide(sheet);
  const titleSize = (dense ? 2.8 : 3.3) * u;
  const summarySize = (dense ? 1.5 : 1.75) * u;
  const sourceSize = u;
  const sourceLines = clamp(sheet.sourceLine, sourceSize, inner, SLIDE_TEXT_LINES.sourceLine);
  const sourceTop = height - 1.5 * u - sourceLines.length * sourceSize * 1.3;
  const bottom = sourceTop - 0.6 * u;
  const quote = sheet.quote;
  const many = sheet.events.length > MANY_EVENTS;
  const gapX = 2.6 * u;
  const chartW = quote ? ((inner - gapX) * (many ? 1.8 : 1.6)) / (many ? 2.8 : 2.6) : inner;
  const quoteX = padX + chartW + gapX;
  const quoteW = inner - chartW - gapX;

  // The list: under the figure, in columns as on screen.
  const listW = quote ? chartW : inner;
  const columns = quote ? (many ? 2 : 1) : many ? 3 : 2;
  const listSize = (dense ? 1.1 : many ? 1.25 : 1.46) * u;
  const colW = (listW - (columns - 1) * 2.4 * u) / columns;
  const perColumn = Math.ceil(sheet.events.length / columns);
  const rows = sheet.events.map((event) => {
    const lines = clamp(`${event.title} ${event.dateLabel}`, listSize, colW - 2.5 * u, SLIDE_TEXT_LINES.listItem);
    // A cut title still ends with its date.
    if (lines.join(" ").endsWith(event.dateLabel)) return lines;
    return [...clamp(event.title, listSize, colW - 2.5 * u, SLIDE_TEXT_LINES.listItem - 1), event.dateLabel];
  });
  const columnHeights = Array.from({ length: columns }, (_, c) => rows.slice(c * perColumn, (c + 1) * perColumn).reduce((h, lines) => h + lines.length * listSize * 1.25 + 0.35 * u, 0));
  const listH = sheet.events.length ? Math.max(...columnHeights) : 0;
  const listTop = bottom - listH;
  const figureBottom = sheet.events.length ? listTop - 1.2 * u : bottom;

  // The head: kicker, title and summary, as many lines of each as leave the figure its minimum height.
  const minFigure = SLIDE_TEXT_LINES.minFigureShare * height;
  const kickerSize = 1.46 * u;
  const summaryWidth = Math.min(inner, 80 * summarySize * 0.5);
  const headAt = (titleLines: number, summaryLines: number) => {
    const title = clamp(sheet.title, titleSize, inner, titleLines, "bold");
    const summary = clamp(sheet.summary, summarySize, summaryWidth, summaryLines);
    const end = 3 * u + kickerSize * 1.2 + 0.8 * u + title.length * titleSize * 1.1 + 0.8 * u + summary.length * summarySize * 1.35 + 1.4 * u;
    return { title, summary, end };
  };
  let head = headAt(SLIDE_TEXT_LINES.title, SLIDE_TEXT_LINES.summary);
  for (let s = SLIDE_TEXT_LINES.summary - 1; s >= 1 && figureBottom - head.end < minFigure; s--) head = headAt(SLIDE_TEXT_LINES.title, s);
  for (let t = SLIDE_TEXT_LINES.title - 1; t >= 1 && figureBottom - head.end < minFigure; t--) head = headAt(t, 1);
  let y = 3 * u;
  const add = (block: Block, gap: number) => {
    parts.push(block.svg);
    y += block.height + gap;
  };
  add(textBlock(padX, y, clamp(kicker.toUpperCase(), kickerSize, inner, 1, "bold"), kickerSize, 1.2, `font-family="${SANS}" font-weight="700" fill="${C.accent}" letter-spacing="0.5"`), 0.8 * u);
  add(textBlock(padX, y, head.title, titleSize, 1.1, `font-family="${SANS}" font-weight="700" fill="${C.fg}"`), 0.8 * u);
  add(textBlock(padX, y, head.summary, summarySize, 1.35, `font-family="${SANS}" fill="${C.muted}"`), 1.4 * u);
  sheet.events.forEach((event, i) => {
    const c = Math.floor(i / perColumn);
    const before = rows.slice(c * perColumn, i).reduce((h, lines) => h + lines.length * listSize * 1.25 + 0.35 * u, 0);
    const x = padX + c * (colW + 2.4 * u);
    const ty = listTop + before;
    const r = 0.9 * u;
    parts.push(`<circle cx="${x + r}" cy="${ty + listSize * 0.62}" r="${r}" fill="${C.accent}"/>`);
    parts.push(`<text x="${x + r}" y="${ty + listSize * 0.62}" font-family="${SANS}" font-weight="700" font-size="${1.1 * u}" fill="${C.badgeText}" text-anchor="middle" dominant-baseline="central">${event.number}</text>`);
    // The date in the accent colour, as on screen: it ends the last line.
    const lines = rows[i]!;
    const block = textBlock(x + 2.5 * u, ty, lines, listSize, 1.25, `font-family="${SANS}" fill="${C.fg}"`).svg;
    const date = esc(event.dateLabel);
    const at = block.lastIndexOf(date);
    parts.push(at < 0 ? block : `${block.slice(0, at)}<tspan fill="${C.accent}">${date}</tspan>${block.slice(at + date.length)}`);
  });

  if (quote) {
    const qx = quoteX + 1.4 * u;
    const qw = quoteW - 1.4 * u;
    const capSize = 1.46 * u;
    // The largest size at which the whole quote and its caption fit above the source line.
    const layoutAt = (size: number, maxLines = Infinity) => {
      const blocks: Block[] = [];
      let at = y;
      const push = (block: Block, gap: number) => {
        blocks.push(block);
        at += block.height + gap;
      };
      push(textBlock(qx, at, clamp(`“${quote.quote}”`, size, qw, maxLines), size, 1.35, `font-family="${SERIF}" font-style="italic" fill="${C.fg}"`), 0.8 * u);
      const cap = Math.min(capSize, size * 1.1);
      push(textBlock(qx, at, clamp(quote.expertName, cap, qw, 1, "bold"), cap, 1.3, `font-family="${SANS}" font-weight="700" fill="${C.fg}"`), 0);
      push(textBlock(qx, at, clamp(`${quote.role}, ${quote.institution}`, cap, qw, 3), cap, 1.3, `font-family="${SANS}" fill="${C.muted}"`), 0.4 * u);
      if (quote.written) push(textBlock(qx, at, clamp(quote.written, 1.25 * u, qw, 2), 1.25 * u, 1.3, `font-family="${SANS}" fill="${C.accent}"`), 0);
      return { blocks, height: at - y };
    };
    const start = quote.quote.length > 620 ? 1.3 : quote.quote.length > 380 ? 1.46 : 1.7;
    const sizes = [start, 1.3, 1.2, 1.1, 1.0, 0.9].filter((size) => size <= start).map((size) => size * u);
    const smallest = sizes[sizes.length - 1]!;
    // Whole at the largest size that fits; a quote too long even at the smallest is cut to the lines that fit.
    let fitted = sizes.map((size) => layoutAt(size)).find((l) => l.height <= bottom - y);
    for (let lines = Math.floor((bottom - y) / (smallest * 1.35)); !fitted; lines--) {
      const cut = layoutAt(smallest, Math.max(1, lines));
      if (cut.height <= bottom - y || lines <= 1) fitted = cut;
    }
    parts.push(...fitted.blocks.map((b) => b.svg));
    parts.push(`<rect x="${quoteX}" y="${y}" width="${0.35 * u}" height="${fitted.height}" fill="${C.accent}"/>`);
  }

  // The figure scales into the room left above the list, keeping its proportions.
  const figureW = quote ? chartW : inner;
  const nested = figure.replace(/^<svg([^>]*?)\swidth="[^"]*"\sheight="[^"]*"/, `<svg$1 x="${padX}" y="${y}" width="${figureW}" height="${Math.max(1, figureBottom - y).toFixed(1)}"`).replace('preserveAspectRatio="xMidYMid meet"', 'preserveAspectRatio="xMinYMin meet"');
  parts.push(nested);
  parts.push(textBlock(padX, sourceTop, sourceLines, sourceSize, 1.3, `font-family="${SANS}" fill="${C.muted}"`).svg);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join("")}</svg>`;
}
