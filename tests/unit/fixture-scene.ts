import path from "node:path";
import { indexDataset, type IndexedDataset } from "@/lib/data/index-dataset";
import { toTimelineItem } from "@/lib/data/items";
import { readDatasetDir } from "@/lib/data/read-dir";
import { buildScene } from "@/lib/scene/build-scene";
import type { Medium } from "@/lib/scene/theme";
import type { Scene } from "@/lib/scene/types";
import type { TimeDomain } from "@/lib/time/scale";
import { boundsOf } from "@/lib/view/domain";
import { getNoteAnchors } from "@/lib/view/explorer-data";
import { createWindowIndex, getDensityBins } from "@/lib/window/window-index";

/** The small fixed sets figure tests draw (tests/fixtures/figure), never the editorial data/. */
export const FIGURE_FIXTURES = ["crowded", "sparse", "precisions"] as const;
export type FigureFixture = (typeof FIGURE_FIXTURES)[number];

/** A fixture set under tests/fixtures ("good", "figure/crowded"), read and indexed as the server does; a set that does not load says why. */
export async function loadIndexedFixture(dir: string): Promise<IndexedDataset> {
  const result = await readDatasetDir(path.resolve("tests/fixtures", dir));
  if (!result.ok) throw new Error(`tests/fixtures/${dir} should load: ${result.problems.map((p) => p.message).join("; ")}`);
  return indexDataset(result.dataset);
}

export async function loadFigureFixtures(): Promise<Map<FigureFixture, IndexedDataset>> {
  const sets = new Map<FigureFixture, IndexedDataset>();
  for (const name of FIGURE_FIXTURES) sets.set(name, await loadIndexedFixture(`figure/${name}`));
  return sets;
}

/** A fixture's scene as the app draws it in a medium: numbered headline events off screen, the overview on it. */
export function fixtureScene(data: IndexedDataset, medium: Medium, width: number, domain?: TimeDomain, snapshotLabel?: string): Scene {
  const items = data.events.map(toTimelineItem);
  const laneIds = data.lanes.map((l) => l.id);
  const bounds = boundsOf(data.extent);
  return buildScene({
    medium,
    width,
    domain: domain ?? bounds,
    lanes: data.lanes,
    index: createWindowIndex(items, laneIds, data.extent),
    notes: getNoteAnchors(data),
    experts: data.manifest.experts.map((e) => e.id),
    snapshot: { ms: data.snapshotMs, label: snapshotLabel ?? data.manifest.asOfLabel ?? "Snapshot" },
    numbers: medium === "screen" ? undefined : new Map(items.filter((i) => i.importance >= 2).map((item, n) => [item.id, n + 1])),
    overview: medium === "screen" ? { bounds, density: getDensityBins(items, laneIds, data.extent) } : null,
  });
}
