import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { FigureSvg } from "@/components/figure/FigureSvg";
import { renderSlideFigureSvg } from "@/components/present/slide-figure";
import { indexDataset, type IndexedDataset } from "@/lib/data/index-dataset";
import { toTimelineItem } from "@/lib/data/items";
import { readDatasetDir } from "@/lib/data/read-dir";
import { buildScene } from "@/lib/scene/build-scene";
import { toDeckData } from "@/lib/story/deck-data";
import { getNoteAnchors } from "@/lib/view/explorer-data";
import { createWindowIndex, getDensityBins } from "@/lib/window/window-index";

// Whole figures of the built-in set at fixed sizes, as text: a change to the figure shows up in review.
// Numbers are already rounded to 0.1 by the renderer and ids are fixed by the caller.
const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
let data: IndexedDataset;

beforeAll(async () => {
  const result = await readDatasetDir(path.resolve("data"));
  if (!result.ok) throw new Error("the built-in set should load");
  data = indexDataset(result.dataset);
});

/** One element per line, so a diff reads as the marks and labels that moved. */
const normalise = (svg: string) => `${svg.replace(/></g, ">\n<")}\n`;

describe("figure snapshots", () => {
  it("the explorer's default view at 1280 px", async () => {
    const items = data.events.map(toTimelineItem);
    const scene = buildScene({
      medium: "screen",
      width: 866,
      domain: [utc(2015), utc(2026)],
      lanes: data.lanes,
      index: createWindowIndex(items, data.lanes.map((l) => l.id), data.extent),
      notes: getNoteAnchors(data),
      experts: data.manifest.experts.map((e) => e.id),
      snapshot: { ms: data.snapshotMs, label: "Expert Snapshots, April 2025" },
      overview: { bounds: [utc(2002, 7, 1), utc(2026, 1, 1)], density: getDensityBins(items, data.lanes.map((l) => l.id), data.extent) },
    });
    const svg = renderToStaticMarkup(createElement(FigureSvg, { scene, idPrefix: "explorer", title: "Timeline", fluid: true }));
    await expect(normalise(svg)).toMatchFileSnapshot("__snapshots__/explorer-default.svg");
  });

  it("a slide of the built-in story (step 5) on the projector", async () => {
    const story = data.stories[0]!;
    const deck = toDeckData(data, story);
    const step = story.steps[4]!;
    const numbers = new Map(step.events.map((id, i) => [id, i + 1]));
    const svg = renderSlideFigureSvg(deck, { domain: [Date.parse(step.from), Date.parse(step.to) + 86_400_000], lanes: step.lanes ?? null }, { numbers, width: 1200, theme: "dark" });
    await expect(normalise(svg)).toMatchFileSnapshot("__snapshots__/slide-step-5.svg");
  });

  it("the report figure of 2015–2025 on paper", async () => {
    const { ReportFigure } = await import("@/components/report/ReportFigure");
    const { createReportModel } = await import("@/lib/report/report-model");
    const { parseViewState } = await import("@/lib/view/view-state");
    const { datasetViewContext } = await import("@/lib/view/view-context");
    const model = createReportModel(data, parseViewState(new URLSearchParams("from=2015-01-01&to=2025-12-31"), datasetViewContext(data)));
    const html = renderToStaticMarkup(createElement(ReportFigure, { data, model, highlight: null, landscape: true }));
    const svg = html.slice(html.indexOf("<svg"), html.indexOf("</svg>") + 6);
    await expect(normalise(svg)).toMatchFileSnapshot("__snapshots__/report-2015-2025.svg");
  });
});
