import { expect, test } from "@playwright/test";
import { brushBox, chartReady, drawnWindow, urlWindowAsRead } from "./chart-helpers";

/**
 * One owner of the window: whatever a person does to the figure, once the gesture is over the URL holds
 * exactly the window on screen (the SVG's data-from / data-to), so a copied link shows the same thing.
 */

/** A small seeded generator (mulberry32): the same 20 gestures on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

test("after 20 random gestures the URL's window equals the figure's data-from/data-to each time", async ({ page }) => {
  await page.goto("/");
  await chartReady(page);
  const initial = await drawnWindow(page);
  const rand = random(22);
  const svg = (await page.locator(".figure-host svg.figure").boundingBox())!;
  const plot = { x: svg.x + 130, y: svg.y + 80, width: svg.width - 150, height: 200 };
  const at = () => ({ x: plot.x + rand() * plot.width, y: plot.y + rand() * plot.height });
  const gestures: Record<string, () => Promise<void>> = {
    wheel: async () => {
      const p = at();
      await page.mouse.move(p.x, p.y);
      await page.mouse.wheel(0, (rand() < 0.6 ? -1 : 1) * (60 + Math.round(rand() * 400)));
    },
    drag: async () => {
      const p = at();
      await page.mouse.move(p.x, p.y);
      await page.mouse.down();
      await page.mouse.move(p.x + (rand() - 0.5) * 500, p.y + (rand() - 0.5) * 20, { steps: 6 });
      await page.mouse.up();
    },
    brush: async () => {
      const box = await brushBox(page);
      if (box.width > svg.width * 0.9) return page.getByRole("button", { name: "Zoom in" }).click();
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2 + (rand() - 0.5) * 300, box.y + box.height / 2, { steps: 5 });
      await page.mouse.up();
    },
    button: () => page.getByRole("button", { name: rand() < 0.6 ? "Zoom in" : "Zoom out" }).click(),
    key: async () => {
      await page.getByRole("application").focus();
      await page.keyboard.press(rand() < 0.6 ? "+" : "-");
    },
  };
  const names = Object.keys(gestures);
  for (let i = 0; i < 20; i++) {
    const name = names[Math.floor(rand() * names.length)]!;
    await gestures[name]!();
    // Settled: the URL's window is the one drawn (polling only waits for the wheel's end and the URL to be written).
    await expect
      .poll(async () => {
        const drawn = await drawnWindow(page);
        const url = urlWindowAsRead(page) ?? initial;
        return drawn[0] === url[0] && drawn[1] === url[1];
      }, { message: `after gesture ${i + 1} (${name})` })
      .toBe(true);
  }
});
