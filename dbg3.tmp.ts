import { readDatasetDir } from "@/lib/data/read-dir";
import { indexDataset } from "@/lib/data/index-dataset";
import { toTimelineItem } from "@/lib/data/items";
import { createWindowIndex } from "@/lib/window/window-index";
import { buildScene } from "@/lib/scene/build-scene";
import { getNoteAnchors } from "@/lib/view/explorer-data";
async function main() {
  const r = await readDatasetDir("data");
  if (!r.ok) return;
  const data = indexDataset(r.dataset);
  const items = data.events.map(toTimelineItem);
  const index = createWindowIndex(items, data.lanes.map((l) => l.id), data.extent);
  const notes = getNoteAnchors(data);
  for (const n of notes) console.log(n.id, n.expertId, n.eventIds[0], new Date(n.at).toISOString().slice(0, 10), n.importance, n.headline);
  const w = Number(process.argv[2] ?? 866);
  const d: [number, number] = [Date.UTC(2015, 0, 1), Date.UTC(2026, 0, 1)];
  const scene = buildScene({ medium: "screen", width: w, domain: d, lanes: data.lanes, index, notes, experts: data.manifest.experts.map((e) => e.id) });
  console.log("scale", (d[1] - d[0]) / (scene.plot.x1 - scene.plot.x0));
  for (const c of scene.callouts) console.log("C", c.id, Math.round(c.box.x0), Math.round(c.box.x1), c.box.y0);
}
main();
