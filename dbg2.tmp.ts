import { readDatasetDir } from "@/lib/data/read-dir";
import { indexDataset } from "@/lib/data/index-dataset";
import { toTimelineItem } from "@/lib/data/items";
import { rankOf } from "@/lib/scene/marks";
async function main() {
  const r = await readDatasetDir("data");
  if (!r.ok) return;
  const data = indexDataset(r.dataset);
  for (const id of ["iran-true-promise-attack-on-israel", "israel-iran-12-day-war", "soleimani-killed"]) {
    const it = toTimelineItem(data.eventById.get(id)!);
    console.log(id, it.importance, it.isRange, rankOf(it, { selectedId: null, matches: null, numbers: null }), new Date(it.start).toISOString(), new Date(it.end).toISOString());
  }
}
main();
