import { beforeAll, describe, expect, it } from "vitest";
import type { IndexedDataset } from "@/lib/data/index-dataset";
import { paintScene, type Paint, type TextPaint } from "@/lib/scene/paint";
import { cutAround } from "@/lib/scene/snapshot-line";
import { measureText } from "@/lib/scene/text";
import type { Medium } from "@/lib/scene/theme";
import type { Rect, Scene } from "@/lib/scene/types";
import { FIGURE_FIXTURES, fixtureScene, loadFigureFixtures, type FigureFixture } from "./fixture-scene";

/**
 * The dashed snapshot line never runs through words, and its label is never cut at the figure's edge, in
 * any medium: checked on what the painters draw (the paint list), for windows around the line in the
 * fixture sets (tests/fixtures/figure) at a phone's, a laptop's and a wide screen's width.
 */

let sets: Map<FigureFixture, IndexedDataset>;

beforeAll(async () => {
  sets = await loadFigureFixtures();
});

function sceneOf(name: FigureFixture, medium: Medium, width: number, domain: [number, number], label?: string): Scene {
  return fixtureScene(sets.get(name)!, medium, width, domain, label);
}

/** Every text the paint list writes, as the box its letters fill (ascent to descent of each line). */
function textBoxes(ops: readonly Paint[], out: { box: Rect; text: string }[] = []) {
  for (const op of ops) {
    if (op.kind === "group") textBoxes(op.children, out);
    else if (op.kind === "text") out.push({ box: boxOf(op), text: op.lines.map((line) => line.map((run) => run.text).join("")).join(" / ") });
  }
  return out;
}

function boxOf(op: TextPaint): Rect {
  const widths = op.lines.map((line) => line.reduce((sum, run) => sum + measureText(run.text, op.size, run.weight ?? op.weight), 0));
  const width = Math.max(...widths);
  const x0 = op.anchor === "start" ? op.x : op.anchor === "end" ? op.x - width : op.x - width / 2;
  const top = op.baseline === "alphabetic" ? op.y - op.size * 0.9 : op.y - op.size * 0.55;
  const bottom = (op.baseline === "alphabetic" ? op.y + op.size * 0.22 : op.y + op.size * 0.55) + (op.lines.length - 1) * op.lineHeight;
  return { x0, x1: x0 + width, y0: top, y1: bottom };
}

function snapshotLines(ops: readonly Paint[]): { x: number; y0: number; y1: number }[] {
  const asof = ops.find((op) => op.kind === "group" && op.role === "asof");
  if (!asof || asof.kind !== "group") return [];
  return asof.children.flatMap((op) => (op.kind === "line" ? [{ x: op.x1, y0: Math.min(op.y1, op.y2), y1: Math.max(op.y1, op.y2) }] : []));
}

/** A small seeded generator: the same windows every run. */
function random(seed: number) {
  let s = seed;
  return () => ((s = (s * 1664525 + 1013904223) % 2 ** 32) / 2 ** 32);
}

const DAY = 86_400_000;
const MEDIA: Medium[] = ["screen", "print", "slide", "projector"];

describe("the snapshot line", () => {
  for (const width of [390, 1280, 1920]) {
    it(`passes through no text, and its label stays inside the figure, at ${width} wide in every medium`, () => {
      const next = random(width);
      let checked = 0;
      for (const name of FIGURE_FIXTURES) {
        const at = sets.get(name)!.snapshotMs;
        for (let n = 0; n < 12; n++) {
          // Windows from a week to ten years, the line anywhere in them (often near an edge).
          const span = DAY * 7 * Math.pow(520, next());
          const from = at - span * next();
          for (const medium of MEDIA) {
            const scene = sceneOf(name, medium, width, [from, from + span]);
            if (!scene.snapshot) continue;
            const ops = paintScene(scene);
            const lines = snapshotLines(ops);
            expect(lines.length).toBeGreaterThan(0);
            const texts = textBoxes(ops);
            for (const line of lines)
              for (const { box, text } of texts) {
                const crosses = box.x0 < line.x && box.x1 > line.x && box.y0 < line.y1 && box.y1 > line.y0;
                expect(crosses, `${name} ${medium} ${width}: the line at ${line.x} crosses "${text}"`).toBe(false);
              }
            const label = texts.find(({ text }) => text === scene.snapshot!.lines.join(" / "))!;
            expect(label.box.x0, `${name} ${medium} ${width}: label's left edge`).toBeGreaterThanOrEqual(0);
            expect(label.box.x1, `${name} ${medium} ${width}: label's right edge`).toBeLessThanOrEqual(scene.width);
            checked++;
          }
        }
      }
      expect(checked).toBeGreaterThan(100);
    });
  }

  it("writes its label left of the line, right of it when the left has no room, and inside the plot when neither has", () => {
    const at = sets.get("crowded")!.snapshotMs;
    const year = 365 * DAY;
    const middle = sceneOf("crowded", "screen", 390, [at - year / 2, at + year / 2]).snapshot!;
    expect(middle.anchor).toBe("end");
    const early = sceneOf("crowded", "screen", 390, [at - DAY, at + year]).snapshot!;
    expect(early.anchor).toBe("start");
    const long = "Expert Snapshots, written no earlier than 24 April 2025";
    const squeezed = sceneOf("crowded", "screen", 390, [at - year / 2, at + year / 2], long);
    const s = squeezed.snapshot!;
    expect(s.labelBox.x0).toBeGreaterThanOrEqual(squeezed.plot.x0);
    expect(s.labelBox.x1).toBeLessThanOrEqual(squeezed.plot.x1);
    expect(s.lines).toEqual([long]);
    // Wider than the whole plot: broken into lines, the strip under the lanes grows to hold them.
    const narrow = sceneOf("crowded", "screen", 240, [at - year / 2, at + year / 2], long);
    expect(narrow.snapshot!.lines.length).toBeGreaterThan(1);
    expect(narrow.snapshot!.lines.join(" ")).toBe(long);
    expect(narrow.overview!.y0).toBeGreaterThan(narrow.snapshot!.labelBox.y1);
  });

  it("is cut around each text it would cross, and only there", () => {
    expect(cutAround(10, 0, 100, [{ x0: 0, x1: 20, y0: 40, y1: 50 }])).toEqual([
      [0, 38],
      [52, 100],
    ]);
    expect(cutAround(10, 0, 100, [{ x0: 13, x1: 20, y0: 40, y1: 50 }, { x0: 0, x1: 5, y0: 60, y1: 70 }])).toEqual([[0, 100]]);
    expect(cutAround(10, 0, 100, [{ x0: 0, x1: 20, y0: -5, y1: 10 }, { x0: 0, x1: 20, y0: 8, y1: 30 }])).toEqual([[32, 100]]);
  });
});
