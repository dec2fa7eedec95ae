import type { SlideFrame } from "../slide/frame";
import type { SlideLayout } from "../slide/layout";
import { baselineOf, type TextBlock } from "../slide/text-block";

/**
 * A whole slide as one standalone SVG (1920×1080, the projector's dark theme), drawn from its layout
 * (lib/slide/layout.ts): every box and line break comes from there. Fonts are named explicitly
 * (Liberation, metric-compatible with Arial and Times) so resvg draws the PNG the same on any machine.
 */
export interface SlideSvgInput {
  layout: SlideLayout;
  /** The figure as a standalone SVG laid out `layout.figure.sceneWidth` wide (renderSlideFigureSvg). */
  figure: string;
}

const SANS = "Liberation Sans, Arial, sans-serif";
const SERIF = "Liberation Serif, Georgia, serif";
const C = { bg: "#0a0f1c", band: "#131b2e", fg: "#f8fafc", muted: "#cbd5e1", accent: "#fbbf24", badgeText: "#111827" };

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const f = (n: number) => (Math.round(n * 10) / 10).toString();

function anchorX(block: TextBlock): { x: number; anchor: string } {
  if (block.align === "center") return { x: block.x + block.width / 2, anchor: "middle" };
  if (block.align === "right") return { x: block.x + block.width, anchor: "end" };
  return { x: block.x, anchor: "start" };
}

/** A text block as one <text>, a <tspan> a line on the layout's baselines. */
export function textSvg(block: TextBlock, fill: string, attrs = ""): string {
  if (block.lines.length === 0) return "";
  const { x, anchor } = anchorX(block);
  const font = block.font === "serif" ? SERIF : SANS;
  const style = `${block.weight === "bold" ? ' font-weight="700"' : ""}${block.italic ? ' font-style="italic"' : ""}${anchor !== "start" ? ` text-anchor="${anchor}"` : ""}`;
  const tspans = block.lines.map((line, i) => `<tspan x="${f(x)}" y="${f(baselineOf(block, i))}">${esc(line)}</tspan>`).join("");
  return `<text font-family="${font}" font-size="${f(block.size)}" fill="${fill}"${style}${attrs}>${tspans}</text>`;
}

function frameSvg(frame: SlideFrame): string {
  const parts: string[] = [];
  if (frame.banners) {
    for (const { band, text } of [frame.banners.top, frame.banners.bottom]) {
      const region = band.y === 0 ? "marking-top" : "marking-bottom";
      parts.push(`<g data-region="${region}"><rect x="${f(band.x)}" y="${f(band.y)}" width="${f(band.width)}" height="${f(band.height)}" fill="${C.band}"/>${textSvg(text, C.fg)}</g>`);
    }
  }
  if (frame.counter) parts.push(textSvg(frame.counter, C.muted));
  return parts.join("");
}

export function composeSlideSvg({ layout, figure }: SlideSvgInput): string {
  const { width, height } = layout;
  const parts: string[] = [`<rect width="${width}" height="${height}" fill="${C.bg}"/>`, frameSvg(layout.frame)];
  const region = (name: string, svg: string) => (svg ? `<g data-region="${name}">${svg}</g>` : "");
  parts.push(region("kicker", textSvg(layout.kicker, C.accent)));
  parts.push(region("title", textSvg(layout.title, C.fg)));
  parts.push(region("summary", textSvg(layout.summary, C.muted)));
  const box = layout.figure;
  parts.push(`<g data-region="figure">`, figure.replace(/^<svg([^>]*?)\swidth="[^"]*"\sheight="[^"]*"/, `<svg$1 x="${f(box.x)}" y="${f(box.y)}" width="${f(box.width)}" height="${f(box.height)}"`).replace('preserveAspectRatio="xMidYMid meet"', 'preserveAspectRatio="xMinYMin meet"'), "</g>");
  if (layout.list) {
    parts.push(`<g data-region="list">`);
    for (const entry of layout.list.entries) {
      const { disc, text } = entry;
      parts.push(`<circle cx="${f(disc.cx)}" cy="${f(disc.cy)}" r="${f(disc.r)}" fill="${C.accent}"/>`);
      parts.push(`<text x="${f(disc.cx)}" y="${f(disc.cy)}" font-family="${SANS}" font-weight="700" font-size="${f(disc.size)}" fill="${C.badgeText}" text-anchor="middle" dominant-baseline="central">${entry.number}</text>`);
      const block = { y: text.y, lineHeight: layout.list.lineHeight, size: layout.list.size };
      const tspans = text.lines
        .map((line, i) => `<tspan x="${f(text.x)}" y="${f(baselineOf(block, i))}">${esc(line.text)}${line.date ? `${line.text ? " " : ""}<tspan fill="${C.accent}">${esc(line.date)}</tspan>` : ""}</tspan>`)
        .join("");
      parts.push(`<text font-family="${SANS}" font-size="${f(layout.list.size)}" fill="${C.fg}">${tspans}</text>`);
    }
    if (layout.list.more) parts.push(textSvg(layout.list.more, C.muted));
    parts.push("</g>");
  }
  const quote = layout.quote;
  if (quote) {
    parts.push(`<g data-region="quote">`);
    parts.push(`<rect x="${f(quote.rule.x)}" y="${f(quote.rule.y)}" width="${f(quote.rule.width)}" height="${f(quote.rule.height)}" fill="${C.accent}"/>`);
    parts.push(textSvg(quote.text, C.fg), textSvg(quote.name, C.fg), textSvg(quote.role, C.muted));
    if (quote.written) parts.push(textSvg(quote.written, C.accent));
    parts.push("</g>");
  }
  parts.push(region("sources", textSvg(layout.sources, C.muted)));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join("")}</svg>`;
}
