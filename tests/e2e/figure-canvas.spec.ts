import { expect, test } from "@playwright/test";
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { DATA_FILES } from "../../lib/data/files";
import { generateSynthDataset } from "../../lib/synth/generate";
import { startNext, type NextServer } from "../../scripts/next-server";

// A window with more marks than SVG should hold is drawn on a canvas from the same scene; a person still
// hovers and clicks single events on it (d3-quadtree). Evenly spread events on a wide screen are the case
// that gets there: clumped windows fold into count badges long before.
const PORT = Number(process.env.E2E_PORT ?? 3107) + 7;
let server: NextServer | undefined;

test.describe.configure({ timeout: 120_000 });
test.use({ viewport: { width: 2560, height: 1300 } });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const set = generateSynthDataset({ events: 5000, seed: 5, spread: "even" });
  const dir = path.join(tmpdir(), "snapshots-e2e-5000-even-seed-5");
  if (!existsSync(path.join(dir, DATA_FILES.annotations))) {
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, DATA_FILES.manifest), JSON.stringify(set.manifest));
    await writeFile(path.join(dir, DATA_FILES.events), JSON.stringify(set.events));
    await writeFile(path.join(dir, DATA_FILES.annotations), JSON.stringify(set.annotations));
  }
  server = await startNext(PORT, dir);
});
test.afterAll(async () => server?.stop());

test("a window too dense for SVG is drawn on a canvas, and hovering and clicking it still find single events", async ({ page }) => {
  // Some multi-year window of the set is dense enough; the set is seeded, so which one is fixed.
  let found = "";
  for (const [from, to] of [["2003-01-01", "2007-01-01"], ["2009-01-01", "2013-01-01"], ["2016-01-01", "2020-01-01"], ["2003-01-01", "2011-01-01"]]) {
    await page.goto(`${server!.url}/?from=${from}&to=${to}`);
    await expect(page.locator(".figure-host[data-ready]")).toBeAttached();
    if (await page.locator(".figure-host[data-canvas]").count()) {
      found = `${from}..${to}`;
      break;
    }
  }
  expect(found, "one of the windows should be drawn on the canvas").not.toBe("");
  await expect(page.locator(".figure-host canvas.figure-canvas")).toBeVisible();
  // The marks are not SVG nodes; lanes, axis and badges still are.
  expect(await page.locator(".figure g.mark").count()).toBe(0);
  await expect(page.locator(".figure g.lane").first()).toBeAttached();

  // Sweep the pointer along the first lane's middle row until the quadtree finds a mark under it.
  const lane = (await page.locator(".figure g.lane").first().boundingBox())!;
  let named = "";
  for (let x = lane.x + lane.width * 0.3; x < lane.x + lane.width * 0.95 && !named; x += 2)
    for (const dy of [0.35, 0.5, 0.65]) {
      await page.mouse.move(x, lane.y + lane.height * dy);
      const tip = page.getByRole("tooltip");
      if (await tip.count()) {
        named = (await tip.innerText()).split("\n")[0]!;
        await page.mouse.click(x, lane.y + lane.height * dy);
        break;
      }
    }
  expect(named).not.toBe("");
  // The click selects that event: the URL records it and its detail opens.
  await expect.poll(() => new URL(page.url()).searchParams.get("event")).toMatch(/\S/);
  await expect(page.getByRole("heading", { name: named })).toBeVisible();
});
