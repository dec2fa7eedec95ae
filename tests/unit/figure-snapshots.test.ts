import { existsSync } from "node:fs";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { FigureSvg } from "@/components/figure/FigureSvg";
import type { IndexedDataset } from "@/lib/data/index-dataset";
import type { Medium } from "@/lib/scene/theme";
import type { Scene } from "@/lib/scene/types";
import type { TimeDomain } from "@/lib/time/scale";
import { fixtureScene, loadFigureFixtures, type FigureFixture } from "./fixture-scene";

/**
 * Whole figures drawn from small fixed data sets kept with the tests (tests/fixtures/figure), never from
 * the editorial data/: an editor's correction changes no figure test. Each case is snapshot twice: the
 * scene (what is placed where, as JSON) and the SVG the painter writes. In CI a missing snapshot fails
 * (vitest's update mode is "none" there: vitest.config.mts); locally a new case writes its snapshot.
 */

type Fixture = FigureFixture;
let sets: Map<Fixture, IndexedDataset>;

beforeAll(async () => {
  sets = await loadFigureFixtures();
});

const utc = (y: number, m = 1, d = 1, h = 0) => Date.UTC(y, m - 1, d, h);

function sceneOf(name: Fixture, medium: Medium, width: number, domain?: TimeDomain): Scene {
  return fixtureScene(sets.get(name)!, medium, width, domain);
}

const r = (value: number) => Math.round(value * 10) / 10;

/** What the scene placed, and where: the part a layout change moves. */
function describeScene(scene: Scene) {
  return {
    size: [scene.width, r(scene.height)],
    axis: { ticks: scene.axis.ticks.map((t) => `${r(t.x)} ${t.label}`), context: scene.axis.context.map((t) => `${r(t.labelX)} ${t.label}`) },
    marks: scene.marks.map((m) => `${m.id} ${m.kind} ${r(m.x0)}–${r(m.x1)} @${r(m.y)}${m.after ? " after" : ""}${m.unverified ? " unverified" : ""}${m.number !== null ? ` #${m.number}` : ""}`),
    labels: scene.labels.map((l) => `${l.id} ${l.anchor} ${r(l.box.x0)},${r(l.box.y0)}–${r(l.box.x1)},${r(l.box.y1)} ${l.lines.join(" / ")}`),
    clusters: scene.clusters.map((c) => `${c.lane} ${c.count} @${r(c.x)},${r(c.y)}`),
    callouts: scene.callouts.map((c) => `${c.id} ${r(c.box.x0)},${r(c.box.y0)} ${c.lines.join(" / ")}`),
    snapshot: scene.snapshot ? r(scene.snapshot.x) : null,
  };
}

/** One element per line, so a diff reads as the marks and labels that moved. */
const normalise = (svg: string) => `${svg.replace(/></g, ">\n<")}\n`;

const CASES: { name: string; fixture: Fixture; medium: Medium; width: number; domain?: TimeDomain }[] = [
  { name: "crowded-screen-1280", fixture: "crowded", medium: "screen", width: 866 },
  { name: "crowded-screen-phone", fixture: "crowded", medium: "screen", width: 358 },
  { name: "crowded-print", fixture: "crowded", medium: "print", width: 1000 },
  { name: "crowded-projector", fixture: "crowded", medium: "projector", width: 1200 },
  { name: "sparse-screen-1280", fixture: "sparse", medium: "screen", width: 866 },
  { name: "sparse-slide", fixture: "sparse", medium: "slide", width: 1200 },
  { name: "precisions-screen-years", fixture: "precisions", medium: "screen", width: 866 },
  { name: "precisions-screen-hours", fixture: "precisions", medium: "screen", width: 866, domain: [utc(2023, 6, 21, 12), utc(2023, 6, 23)] },
  { name: "precisions-print-june", fixture: "precisions", medium: "print", width: 1000, domain: [utc(2023, 6, 1), utc(2023, 7, 1)] },
];

describe("figure snapshots on fixtures", () => {
  for (const c of CASES) {
    it(`${c.name}: the scene and its SVG`, async () => {
      const scene = sceneOf(c.fixture, c.medium, c.width, c.domain);
      const files = [`__snapshots__/figures/${c.name}.scene.json`, `__snapshots__/figures/${c.name}.svg`];
      // In CI a case without its snapshot fails here, whatever vitest's update mode.
      if (process.env.CI) for (const file of files) expect(existsSync(path.join(__dirname, file)), `${file} is committed`).toBe(true);
      await expect(`${JSON.stringify(describeScene(scene), null, 1)}\n`).toMatchFileSnapshot(files[0]!);
      const svg = renderToStaticMarkup(createElement(FigureSvg, { scene, idPrefix: c.name, title: c.name, fluid: c.medium === "screen" }));
      await expect(normalise(svg)).toMatchFileSnapshot(files[1]!);
    });
  }
});

describe("labels above or below a bar", () => {
  // A short bar whose room beside it is taken by other labels (c18, 4–8 April) once took the row above it,
  // and with it the room of a headline's title beside its own mark ("Statement 39 in Doha" cut to its number).
  it.each([
    ["print", 1000],
    ["screen", 358],
  ] as const)("never take a title's room beside its own mark (crowded, %s at %i)", (medium, width) => {
    const scene = sceneOf("crowded", medium, width);
    const c39 = scene.labels.find((label) => label.id === "c39");
    expect(c39?.lines.join(" ")).toMatch(/Statement 39 in Doha$/);
    expect(scene.labels.find((label) => label.id === "c18")).toBeUndefined();
  });
});
