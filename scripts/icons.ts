/**
 * npm run icons: draws the PNG icons in public/ from app/icon.svg, the one source of the icon, in the system
 * Chromium (playwright-core). Run it after changing the SVG; the PNGs are committed so nothing is drawn at build time.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { chromium } from "playwright-core";

/** File name → square size in pixels: the web manifest's icons and the one iOS asks for by name. */
export const ICONS: Record<string, number> = { "icon-192.png": 192, "icon-512.png": 512, "apple-touch-icon.png": 180 };

async function main() {
  const svg = await readFile(path.join(process.cwd(), "app", "icon.svg"), "utf8");
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  try {
    for (const [name, size] of Object.entries(ICONS)) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
      await page.setContent(`<style>html,body{margin:0;background:transparent}</style><img src="${src}" width="${size}" height="${size}">`);
      await page.locator("img").screenshot({ path: path.join(process.cwd(), "public", name), omitBackground: true });
      await page.close();
      console.log(`public/${name} (${size}×${size})`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(`icons: ${(error as Error).message}`);
  process.exit(1);
});
