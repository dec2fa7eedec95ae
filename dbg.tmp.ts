import { readDatasetDir } from "@/lib/data/read-dir";
import { indexDataset } from "@/lib/data/index-dataset";
import { toTimelineItem } from "@/lib/data/items";
import { createWindowIndex } from "@/lib/window/window-index";
import { buildScene } from "@/lib/scene/build-scene";
import { getNoteAnchors } from "@/lib/view/explorer-data";
async function main() {
  const r = await readDatasetDir("data");
  if (!r.ok) throw new Error("bad");
  const data = indexDataset(r.dataset);
  const items = data.events.map(toTimelineItem);
  const index = createWindowIndex(items, data.lanes.map((l) => l.id), data.extent);
  const w = Number(process.argv[2] ?? 1238);
  const scene = buildScene({ medium: "screen", width: w, domain: [Date.UTC(2015, 0, 1), Date.UTC(2026, 0, 1)], lanes: data.lanes, index, notes: getNoteAnchors(data), experts: data.manifest.experts.map((e) => e.id), snapshot: { ms: data.snapshotMs, label: "Expert Snapshots, April 2025" } });
  const labelled = new Set(scene.labels.map((l) => l.id));
  for (const m of scene.marks.filter((m) => m.importance >= 3)) console.log(labelled.has(m.id) ? "L" : "-", m.id, Math.round(m.cx), m.lane, m.y);
  for (const c of scene.callouts) console.log("C", c.id, Math.round(c.box.x0), c.box.y0);
  console.log("overflow", scene.calloutOverflow?.count);
}
main();
async function more() {
  const r = await readDatasetDir("data");
  if (!r.ok) return;
  const data = indexDataset(r.dataset);
  const items = data.events.map(toTimelineItem);
  const index = createWindowIndex(items, data.lanes.map((l) => l.id), data.extent);
  const scene = buildScene({ medium: "screen", width: 1238, domain: [Date.UTC(2015, 0, 1), Date.UTC(2026, 0, 1)], lanes: data.lanes, index });
  for (const m of scene.marks.filter((m) => m.lane === "military")) console.log(m.id, m.importance, Math.round(m.x0), Math.round(m.x1), m.y);
  for (const l of scene.labels.filter((l) => scene.marks.find((m) => m.id === l.id)?.lane === "military")) console.log("LBL", l.id, Math.round(l.box.x0), Math.round(l.box.x1), l.box.y0, l.box.y1);
}
more();
