import { existsSync } from "node:fs";
import path from "node:path";
import { Resvg } from "@resvg/resvg-js";

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

/** The SVG as a PNG `scale` times its own size (2 for print), with its pixel size. */
export function svgToPng(svg: string, scale = 2): { png: Uint8Array; width: number; height: number } {
  fonts ??= fontOptions();
  const image = new Resvg(svg, { font: fonts, fitTo: { mode: "zoom", value: scale }, shapeRendering: 2, textRendering: 1 }).render();
  return { png: image.asPng(), width: image.width, height: image.height };
}
