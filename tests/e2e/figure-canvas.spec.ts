import { expect, test, type Page } from "@playwright/test";
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { DATA_FILES } from "../../lib/data/files";
import { generateSynthDataset } from "../../lib/synth/generate";
import { startNext, type NextServer } from "../../scripts/next-server";
import { testDeadline } from "../deadline";

// A window with more marks than SVG should hold is drawn on a canvas from the same scene; a person still
// hovers and clicks single events on it (d3-quadtree). Evenly spread events on a wide screen are the case
// that gets there: clumped windows fold into count badges long before.
const PORT = Number(process.env.E2E_PORT ?? 3107) + 7;
let server: NextServer | undefined;

test.describe.configure({ timeout: testDeadline(120_000) });
test.use({ viewport: { width: 2560, height: 1300 } });

test.beforeAll(async () => {
  test.setTimeout(testDeadline(120_000));
  const set = generateSynthDataset({ events: 5000, seed: 5, spread: "even" });
  const dir = path.join(tmpdir(), "snapshots-e2e-5000-even-seed-5");
  if (!existsSync(path.join(dir, DATA_FILES.annotations))) {
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, DATA_FILES.manifest), JSON.stringify(set.manifest));
    await writeFile(path.join(dir, DATA_FILES.events), JSON.stringify(set.events));
    await writeFile(path.join(dir, DATA_FILES.annotations), JSON.stringify(set.annotations));
  }
  server = await startNext(PORT, dir, { startTimeoutMs: testDeadline(30_000) });
});
test.afterAll(async () => server?.stop());

/** Some multi-year window of the set is dense enough for the canvas; the set is seeded, so which one is fixed. */
async function openCanvasWindow(page: Page): Promise<string> {
  for (const [from, to] of [["2003-01-01", "2007-01-01"], ["2009-01-01", "2013-01-01"], ["2016-01-01", "2020-01-01"], ["2003-01-01", "2011-01-01"]]) {
    await page.goto(`${server!.url}/?from=${from}&to=${to}`);
    await expect(page.locator(".figure-host[data-ready]")).toBeAttached();
    if (await page.locator(".figure-host[data-canvas]").count()) return `${from}..${to}`;
  }
  return "";
}

test("a window too dense for SVG is drawn on a canvas, and hovering and clicking it still find single events", async ({ page }) => {
  const found = await openCanvasWindow(page);
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

test("on the canvas a click on the far end of a long bar selects it, and the figure downloads hold every mark", async ({ page }) => {
  expect(await openCanvasWindow(page), "one of the windows should be drawn on the canvas").not.toBe("");
  const marks = Number(await page.locator(".figure-host").getAttribute("data-marks"));
  expect(marks).toBeGreaterThan(400);

  // The SVG download: drawn from the scene, not copied from the page, so the canvas's marks are in it.
  const [svgDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Figure SVG" }).click()]);
  const svg = await (await import("node:fs/promises")).readFile((await svgDownload.path())!, "utf8");
  expect(svg.match(/<g class="mark[ "]/g)?.length).toBe(marks);
  expect(svg).not.toContain("mark-hit");

  // The longest bar whose right end no other mark comes near: clicked 2 units from that end.
  const target = await page.evaluate((file) => {
    const doc = new DOMParser().parseFromString(file, "image/svg+xml");
    const shapes = [...doc.querySelectorAll("g.mark .mark-shape")].map((el) => {
      const g = el.closest("g.mark")!;
      const x = Number(el.getAttribute("x") ?? Number(el.getAttribute("cx")) - Number(el.getAttribute("r")));
      const w = Number(el.getAttribute("width") ?? 2 * Number(el.getAttribute("r")));
      const y = Number(el.getAttribute("y") ?? Number(el.getAttribute("cy")) - Number(el.getAttribute("r")));
      const h = Number(el.getAttribute("height") ?? 2 * Number(el.getAttribute("r")));
      return { id: g.getAttribute("data-event")!, kind: g.getAttribute("data-kind"), x, w, cy: y + h / 2 };
    });
    const viewBox = doc.documentElement.getAttribute("viewBox")!.split(" ").map(Number);
    const plotRight = viewBox[2]! - 20;
    const bars = shapes.filter((s) => s.kind === "bar" && s.x + s.w < plotRight).sort((a, b) => b.w - a.w);
    for (const bar of bars) {
      const end = { x: bar.x + bar.w - 2, y: bar.cy };
      const near = shapes.some((s) => s !== bar && Math.abs(s.cy - end.y) < 14 && s.x - 14 < end.x && s.x + s.w + 14 > end.x);
      if (!near && bar.w > 30) return { id: bar.id, ...end, width: viewBox[2]!, middle: bar.x + bar.w / 2 };
    }
    return null;
  }, svg);
  expect(target, "a long bar with a free far end").not.toBeNull();
  // The PNG of the same scene, at twice the size: the bar painted where the SVG puts it.
  const [pngDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Figure PNG" }).click()]);
  const png = await (await import("node:fs/promises")).readFile((await pngDownload.path())!);
  const pixel = await page.evaluate(
    async ({ data, x, y }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.width;
      canvas.height = image.height;
      const ctx = canvas.getContext("2d")!;
      ctx.drawImage(image, 0, 0);
      return { size: [image.width, image.height], rgba: [...ctx.getImageData(Math.round(x * 2), Math.round(y * 2), 1, 1).data] };
    },
    { data: png.toString("base64"), x: target!.middle, y: target!.y },
  );
  expect(pixel.size[0]).toBe(target!.width * 2);
  // Not the white (or near-white lane band) ground: a coloured bar.
  expect(Math.min(...pixel.rgba.slice(0, 3))).toBeLessThan(200);

  const box = (await page.locator(".figure-host svg.figure").boundingBox())!;
  const scale = box.width / target!.width;
  await page.mouse.click(box.x + target!.x * scale, box.y + target!.y * scale);
  await expect.poll(() => new URL(page.url()).searchParams.get("event")).toBe(target!.id);
});
