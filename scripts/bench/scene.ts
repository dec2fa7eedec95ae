/**
 * The figure's scene build alone, in Node: the explorer's per-frame work (lib/scene/buildScene) for
 * the same scripted zoom and pan as the browser benchmark, with the window answers the browser would
 * get (snapped windows, clusters above the item limit). No browser, no React: the least
 * load-sensitive figure of the frame cost. npm run bench prints it; standalone:
 * tsx scripts/bench/scene.ts [data dir …]
 */
import path from "node:path";
import { toTimelineItem, type TimelineItem } from "../../lib/data/items";
import { indexDataset, type IndexedDataset } from "../../lib/data/index-dataset";
import { readDatasetDir } from "../../lib/data/read-dir";
import { buildScene } from "../../lib/scene/build-scene";
import type { Scene, SceneInput } from "../../lib/scene/types";
import type { TimeDomain } from "../../lib/time/scale";
import { boundsOf, clampDomain, zoomDomain } from "../../lib/view/domain";
import { getNoteAnchors } from "../../lib/view/explorer-data";
import { bucketPx } from "../../lib/window/params";
import { percentile } from "./stats";
import { snapWindow } from "../../lib/window/snap";
import { createWindowIndex, getDensityBins, queryWindow, WINDOW_ITEM_LIMIT, type WindowIndex } from "../../lib/window/window-index";

const WIDTH = 866;
const ZOOM_FRAMES = 60;
const PAN_FRAMES = 60;
/** One −40 px wheel tick in d3-zoom: 2^(40 × 0.002). */
const WHEEL_FACTOR = 2 ** 0.08;
const ROUNDS = 5;

export interface SceneCost {
  frames: number;
  rounds: number;
  p50: number;
  p95: number;
  max: number;
  marks: number;
}

/** The domains of a 2 s wheel zoom into the middle then a 2 s drag pan, one per frame. */
function gesture(start: TimeDomain, bounds: TimeDomain): TimeDomain[] {
  const out: TimeDomain[] = [];
  let domain = start;
  for (let i = 0; i < ZOOM_FRAMES; i++) out.push((domain = zoomDomain(domain, WHEEL_FACTOR, bounds)));
  for (let i = 0; i < PAN_FRAMES; i++) {
    const shift = ((domain[1] - domain[0]) / WIDTH) * 5;
    out.push((domain = clampDomain([domain[0] + shift, domain[1] + shift], bounds)));
  }
  return out;
}

/** The scene inputs the explorer would have for `domain`: the whole set when small, else the snapped window's answer. */
interface WindowAnswer extends Pick<SceneInput, "index" | "clusters"> {
  ids: Set<string>;
}

function windowInput(items: readonly TimelineItem[], full: WindowIndex, cache: Map<string, WindowAnswer>, domain: TimeDomain, bounds: TimeDomain): WindowAnswer {
  if (full.size <= WINDOW_ITEM_LIMIT) return cache.get("whole") ?? cache.set("whole", { index: full, clusters: [], ids: new Set(items.map((item) => item.id)) }).get("whole")!;
  const window = snapWindow(domain).window;
  const px = bucketPx((WIDTH * (window[1] - window[0])) / (domain[1] - domain[0]));
  const key = `${window[0]}:${window[1]}:${px}`;
  let hit = cache.get(key);
  if (!hit) {
    const result = queryWindow(full, { from: window[0], to: window[1], lanes: [], px });
    hit = { index: createWindowIndex(result.items, full.laneIds, bounds), clusters: result.clusters, ids: new Set(result.items.map((item) => item.id)) };
    cache.set(key, hit);
  }
  return hit;
}

export function measureSceneCost(data: IndexedDataset): SceneCost {
  const items = data.events.map(toTimelineItem);
  const laneIds = data.lanes.map((lane) => lane.id);
  const full = createWindowIndex(items, laneIds, data.extent);
  const bounds = boundsOf(data.extent);
  const density = getDensityBins(items, laneIds, data.extent);
  const notes = getNoteAnchors(data);
  const cache = new Map<string, WindowAnswer>();
  const base = {
    medium: "screen" as const,
    width: WIDTH,
    lanes: data.lanes.map(({ id, label, colour }) => ({ id, label, colour })),
    notes,
    experts: data.manifest.experts.map((expert) => expert.id),
    snapshot: { ms: data.snapshotMs, label: "Snapshot" },
    overview: { bounds, density },
  };
  const domains = gesture(bounds, bounds);
  const build = (domain: TimeDomain): Scene => {
    const { index, clusters, ids } = windowInput(items, full, cache, domain, bounds);
    // The explorer gets only the notes of the window's events from the window query.
    return buildScene({ ...base, index, clusters, notes: notes.filter((note) => note.eventIds.some((id) => ids.has(id))), domain });
  };
  for (const domain of domains) build(domain); // warm the JIT and the window answers
  // Each frame's best of ROUNDS: other work on the machine only ever adds time.
  const times = domains.map(() => Infinity);
  let marks = 0;
  for (let round = 0; round < ROUNDS; round++)
    domains.forEach((domain, i) => {
      const started = performance.now();
      const scene = build(domain);
      times[i] = Math.min(times[i]!, performance.now() - started);
      if (round === 0) marks += scene.marks.length;
    });
  times.sort((a, b) => a - b);
  return { frames: times.length, rounds: ROUNDS, p50: percentile(times, 50)!, p95: percentile(times, 95)!, max: times.at(-1)!, marks: Math.round(marks / times.length) };
}

async function main() {
  const dirs = process.argv.slice(2);
  for (const dir of dirs.length ? dirs : ["data"]) {
    const loaded = await readDatasetDir(path.resolve(dir));
    if (!loaded.ok) throw new Error(`${dir}: does not validate`);
    const cost = measureSceneCost(indexDataset(loaded.dataset));
    console.log(`${dir}: ${loaded.dataset.events.length} events, scene p50 ${cost.p50.toFixed(2)} ms, p95 ${cost.p95.toFixed(2)} ms, max ${cost.max.toFixed(2)} ms, ${cost.marks} marks per frame`);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(`bench:scene failed: ${(error as Error).message}`);
    process.exit(1);
  });
}
