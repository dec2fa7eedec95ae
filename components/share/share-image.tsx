import { FigureSvg } from "@/components/figure/FigureSvg";
import { escapeXml, toSvgMarkup } from "@/components/present/svg-markup";
import type { Scene } from "@/lib/scene/types";
import { measureText, wrapText } from "@/lib/scene/text";
import { SHARE_IMAGE } from "@/lib/view/share-card";

export interface ShareImageInput {
  /** The data set's title. */
  title: string;
  period: string;
  /** One line under the figure: count, lanes, the snapshot. */
  foot: string;
  /** The figure, laid out `figureWidth()` wide in the slide medium. */
  scene: Scene;
}

const PAD = 48;
const SANS = "Liberation Sans, Arial, sans-serif";
const INK = "#1f2933";
const SOFT = "#52606d";
const ACCENT = "#1d4ed8";

/** The width the card's figure is laid out at: the card less its margins. */
export function shareFigureWidth(): number {
  return SHARE_IMAGE.width - 2 * PAD;
}

/** The title in as large a size as lets it fit on two lines; at the smallest size, cut with an ellipsis. */
function titleLines(title: string, width: number): { lines: string[]; size: number } {
  for (const size of [44, 38, 32]) {
    const lines = wrapText(title, size, width, 2, "bold");
    if (lines) return { lines, size };
  }
  let cut = title;
  while (cut.length > 1 && measureText(`${cut}…`, 32, "bold") > width * 2 - 40) cut = cut.slice(0, -1);
  return { lines: wrapText(`${cut.trimEnd()}…`, 32, width, 2, "bold") ?? [`${cut.slice(0, 40)}…`], size: 32 };
}

/**
 * A shared link's preview image as one standalone SVG (1200×630, for resvg): the set's title, the period, the
 * view's figure drawn from the one scene (FigureSvg, scaled to fit the space left), and a line of facts.
 */
export function renderShareImageSvg({ title, period, foot, scene }: ShareImageInput): string {
  const { width, height } = SHARE_IMAGE;
  const inner = width - 2 * PAD;
  const head = titleLines(title, inner);
  const parts: string[] = [`<rect width="${width}" height="${height}" fill="#ffffff"/>`, `<rect width="${width}" height="8" fill="${ACCENT}"/>`];
  let y = PAD;
  for (const line of head.lines) {
    y += head.size;
    parts.push(`<text x="${PAD}" y="${y}" font-family="${SANS}" font-size="${head.size}" font-weight="700" fill="${INK}">${escapeXml(line)}</text>`);
    y += head.size * 0.18;
  }
  y += 30;
  parts.push(`<text x="${PAD}" y="${y}" font-family="${SANS}" font-size="26" fill="${SOFT}">${escapeXml(period)}</text>`);
  y += 22;
  const footY = height - 26;
  const box = { x: PAD, y, width: inner, height: footY - 30 - y };
  const figure = toSvgMarkup(<FigureSvg scene={scene} idPrefix="share" title={`${title}, ${period}`} />).replace(
    /^<svg([^>]*?) width="[^"]*" height="[^"]*"/,
    `<svg$1 x="${box.x}" y="${box.y}" width="${box.width}" height="${Math.round(box.height)}" preserveAspectRatio="xMidYMin meet"`,
  );
  parts.push(figure);
  parts.push(`<text x="${PAD}" y="${footY}" font-family="${SANS}" font-size="20" fill="${SOFT}">${escapeXml(foot)}</text>`);
  parts.push(`<text x="${width - PAD}" y="${footY}" text-anchor="end" font-family="${SANS}" font-size="20" font-weight="700" fill="${ACCENT}">Snapshots</text>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join("")}</svg>`;
}
