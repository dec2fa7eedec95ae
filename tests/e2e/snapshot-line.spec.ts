import { expect, test, type Page } from "@playwright/test";

/**
 * The dashed snapshot line ("Expert Snapshots, written no earlier than…") as a reader meets it: in the
 * explorer, a briefing's slide and the report, at a phone's, a laptop's and a wide screen's width, it
 * runs through no word, and its own label is whole inside the figure. Measured on the drawn SVG.
 */

interface Found {
  lines: number;
  crossings: string[];
  label: { x0: number; x1: number } | null;
  width: number;
}

async function inspect(page: Page, figure: string): Promise<Found> {
  const svg = page.locator(figure).first();
  await expect(svg.locator(".asof line").first()).toBeAttached();
  return svg.evaluate((el: SVGSVGElement) => {
    const num = (node: Element, name: string) => Number(node.getAttribute(name));
    const lines = [...el.querySelectorAll(".asof line")].map((l) => ({ x: num(l, "x1"), y0: Math.min(num(l, "y1"), num(l, "y2")), y1: Math.max(num(l, "y1"), num(l, "y2")) }));
    const crossings: string[] = [];
    for (const text of el.querySelectorAll<SVGTextElement>("text")) {
      if (!text.textContent?.trim()) continue;
      const b = text.getBBox();
      // The font's box (ascent to descent) less a unit of air: the letters themselves.
      for (const line of lines) if (b.x + 1 < line.x && b.x + b.width - 1 > line.x && b.y + 1 < line.y1 && b.y + b.height - 1 > line.y0) crossings.push(`${text.textContent} at x ${line.x}`);
    }
    const own = el.querySelector<SVGTextElement>(".asof text")?.getBBox();
    return { lines: lines.length, crossings, label: own ? { x0: own.x, x1: own.x + own.width } : null, width: el.viewBox.baseVal.width };
  });
}

for (const [width, height] of [
  [390, 844],
  [1280, 800],
  [1920, 1080],
] as const) {
  test(`at ${width}×${height} the snapshot line crosses no word and its label is whole, in the explorer, a slide and the report`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    // The default window, and one with the line in the middle of a phone's plot (its label fits neither side).
    for (const url of ["/", "/?from=2024-10-01&to=2025-10-01", "/present?step=10", "/present?step=11", "/report"]) {
      await page.goto(url);
      const found = await inspect(page, url.startsWith("/present") ? "svg.figure" : url === "/report" ? ".report svg.figure" : ".figure-host svg.figure");
      expect(found.lines, url).toBeGreaterThan(0);
      expect(found.crossings, url).toEqual([]);
      expect(found.label, url).not.toBeNull();
      expect(found.label!.x0, url).toBeGreaterThanOrEqual(0);
      expect(found.label!.x1, url).toBeLessThanOrEqual(found.width);
    }
  });
}
