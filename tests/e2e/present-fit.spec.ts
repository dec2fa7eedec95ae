import { expect, test, type Page } from "@playwright/test";
import { fitDeck } from "./fit-deck";
import { keysReady, stories } from "./present-story";

/** Boxes of the slide's parts, in CSS px; null for a part the slide does not have. */
async function boxes(page: Page) {
  return page.evaluate(() => {
    const box = (selector: string) => {
      const el = document.querySelector(`.deck ${selector}`);
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height };
    };
    const list = document.querySelector(".deck .slide-events");
    return {
      viewport: { width: innerWidth, height: innerHeight },
      slide: box(".slide")!,
      figure: box(".slide-chart svg")!,
      list: box(".slide-events"),
      // A list set in columns can overflow sideways rather than down.
      listOverflows: list ? list.scrollWidth > list.clientWidth + 1 || list.scrollHeight > list.clientHeight + 1 : false,
      quote: box(".slide-quote"),
      source: box(".slide-source")!,
      controls: box(".deck-controls")!,
    };
  });
}

async function expectFits(page: Page, label: string) {
  const b = await boxes(page);
  const inside = (part: { top: number; bottom: number } | null, name: string) => {
    if (!part) return;
    expect(part.top, `${label}: ${name} top`).toBeGreaterThanOrEqual(0);
    expect(part.bottom, `${label}: ${name} inside the viewport`).toBeLessThanOrEqual(b.viewport.height + 0.5);
  };
  inside(b.controls, "controls");
  inside(b.list, "event list");
  inside(b.source, "source line");
  inside(b.quote, "quote");
  // Nothing spills out of the slide (it clips what overflows) or over the next part.
  expect(b.source.bottom, `${label}: source line on the slide`).toBeLessThanOrEqual(b.slide.bottom + 0.5);
  if (b.list) expect(b.list.bottom, `${label}: list above the source line`).toBeLessThanOrEqual(b.source.top + 0.5);
  if (b.quote) expect(b.quote.bottom, `${label}: quote above the source line`).toBeLessThanOrEqual(b.source.top + 0.5);
  expect(b.listOverflows, `${label}: list not cut`).toBe(false);
  if (b.list && b.quote) {
    const apart = b.quote.left >= b.list.right - 0.5 || b.list.left >= b.quote.right - 0.5 || b.quote.bottom <= b.list.top + 0.5 || b.list.bottom <= b.quote.top + 0.5;
    expect(apart, `${label}: quote and list do not overlap`).toBe(true);
  }
  expect(b.figure.bottom, `${label}: figure above the list`).toBeLessThanOrEqual((b.list ?? b.source).top + 0.5);
  // The figure gives way, but stays a figure.
  expect(b.figure.height, `${label}: figure height`).toBeGreaterThan(b.viewport.height * 0.16);
  // The controls sit in the slide's footer band, under the source line.
  expect(b.controls.top, `${label}: controls below the source line`).toBeGreaterThanOrEqual(b.source.bottom - 0.5);
  expect(b.controls.bottom, `${label}: controls on the slide`).toBeLessThanOrEqual(b.slide.bottom + 0.5);
}

for (const viewport of [{ width: 1920, height: 1080 }, { width: 1280, height: 720 }]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test("every slide of a deck with 1 to 12 highlighted events keeps its figure, list, quote and controls on screen", async ({ page }) => {
      const { story: deck, encoded } = fitDeck();
      await page.goto(`/present?deck=${encoded}&step=1`);
      await keysReady(page);
      for (let step = 1; step <= deck.steps.length; step++) {
        await expect(page.locator(".deck-counter")).toHaveText(`${step} / ${deck.steps.length}`);
        await expect(page.locator(".deck .slide-events li")).toHaveCount(step);
        await expectFits(page, `step ${step}`);
        await page.keyboard.press("ArrowRight");
      }
    });

    for (const story of stories)
      test(`every slide of the built-in story "${story.id}" fits`, async ({ page }) => {
        const count = story.steps.length;
        await page.goto(`/present?story=${story.id}&step=1`);
        await keysReady(page);
        for (let step = 1; step <= count; step++) {
          await expect(page.locator(".deck-counter")).toHaveText(`${step} / ${count}`);
          await expectFits(page, `${story.id} step ${step}`);
          await page.keyboard.press("ArrowRight");
        }
      });
  });
}
