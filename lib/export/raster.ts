import { existsSync } from "node:fs";
import path from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { formatCount } from "../scene/text";

/**
 * SVG → PNG on the server with resvg (a Rust renderer shipped as a prebuilt binary inside its npm
 * package: no browser, no system libraries). Fonts are explicit so a figure looks the same on every
 * machine: Liberation Sans and Serif (metric-compatible with Arial and Times New Roman; Debian's
 * fonts-liberation, which scripts/install-test-deps.sh installs). FONT_DIR points elsewhere; when the
 * files are missing resvg falls back to the system's fonts.
 */
const FONT_DIR = process.env.FONT_DIR ?? "/usr/share/fonts/truetype/liberation";
const FONT_FILES = ["Regular", "Bold", "Italic", "BoldItalic"].flatMap((style) => [`LiberationSans-${style}.ttf`, `LiberationSerif-${style}.ttf`]);

function fontOptions() {
  const files = FONT_FILES.map((file) => path.join(/* turbopackIgnore: true */ FONT_DIR, file)).filter((file) => existsSync(file));
  return {
    fontFiles: files,
    loadSystemFonts: files.length === 0,
    defaultFontFamily: "Liberation Sans",
    sansSerifFamily: "Liberation Sans",
    serifFamily: "Liberation Serif",
  };
}

let fonts: ReturnType<typeof fontOptions> | null = null;

/** Most pixels one image may have: a 3840×2160 slide twice over. Bounds resvg's native memory (4 bytes a pixel, ~66 MB). */
export const MAX_IMAGE_PIXELS = 3840 * 2160 * 2;

/** An SVG resvg must not be given (it would panic, which aborts the process, or allocate without bound). */
export class RasterRefusedError extends Error {}

const NUMBER = String.raw`[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?`;
const attr = (tag: string, name: string): number | null => {
  const raw = new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  if (raw === undefined) return null;
  return new RegExp(`^\\s*${NUMBER}(px)?\\s*$`, "i").test(raw) ? Number.parseFloat(raw) : Number.NaN;
};

/**
 * The pixel size `scale` gives `svg`, after checking what resvg cannot take: a root size that is not a
 * positive finite number, a size or position that is not finite, a negative size, more than `maxPixels`,
 * or a nested picture placed wholly outside the canvas (resvg 2.6 panics on it at geom.rs:27).
 */
export function checkSvgGeometry(svg: string, scale: number, maxPixels = MAX_IMAGE_PIXELS): { width: number; height: number } {
  const root = /^\s*(?:<\?xml[^>]*>\s*)?<svg\b[^>]*>/.exec(svg)?.[0];
  if (!root) throw new RasterRefusedError("not an SVG document");
  const width = attr(root, "width");
  const height = attr(root, "height");
  if (!(width! > 0 && height! > 0 && Number.isFinite(width) && Number.isFinite(height) && scale > 0 && Number.isFinite(scale)))
    throw new RasterRefusedError(`the picture's size is not positive and finite (${width} × ${height} at ${scale}×)`);
  const pixels = Math.ceil(width! * scale) * Math.ceil(height! * scale);
  if (pixels > maxPixels) throw new RasterRefusedError(`the picture would be ${formatCount(pixels)} pixels; at most ${formatCount(maxPixels)} are drawn`);
  for (const [tag, name] of svg.matchAll(/<(svg|rect|image|pattern|use|foreignObject)\b[^>]*>/g)) {
    const box = Object.fromEntries(["x", "y", "width", "height"].map((key) => [key, attr(tag, key)]));
    for (const [key, value] of Object.entries(box))
      if (value !== null && (!Number.isFinite(value) || ((key === "width" || key === "height") && value < 0))) throw new RasterRefusedError(`a ${name} has ${key}="${/\s${key}="([^"]*)"/.exec(tag)?.[1]?.slice(0, 20)}"`);
    if (name === "svg" && tag !== root && box.width !== null && box.height !== null) {
      const [x, y] = [box.x ?? 0, box.y ?? 0];
      if (x >= width! || y >= height! || x + box.width! <= 0 || y + box.height! <= 0) throw new RasterRefusedError("a nested picture lies wholly outside the canvas");
    }
  }
  return { width: Math.ceil(width! * scale), height: Math.ceil(height! * scale) };
}

/** The largest scale up to `scale` at which the SVG stays within `maxPixels`. */
export function fitScale(svg: string, scale: number, maxPixels = MAX_IMAGE_PIXELS): number {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? "";
  const area = (attr(root, "width") ?? 0) * (attr(root, "height") ?? 0);
  return area > 0 && Number.isFinite(area) ? Math.min(scale, Math.sqrt(maxPixels / area) * 0.999) : scale;
}

/** The SVG as a PNG `scale` times its own size (2 for print), with its pixel size; checked first (checkSvgGeometry). */
export function svgToPng(svg: string, scale = 2, maxPixels = MAX_IMAGE_PIXELS): { png: Uint8Array; width: number; height: number } {
  checkSvgGeometry(svg, scale, maxPixels);
  fonts ??= fontOptions();
  const image = new Resvg(svg, { font: fonts, fitTo: { mode: "zoom", value: scale }, shapeRendering: 2, textRendering: 1 }).render();
  return { png: image.asPng(), width: image.width, height: image.height };
}
