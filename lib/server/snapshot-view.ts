import "server-only";
import { withSnapshot, type IndexedDataset } from "../data/index-dataset";
import { memoize } from "../data/memo";
import { getDataVersion, setDataVersion } from "./data-version";
import { warmDataset } from "./warm";

/**
 * The set as a reader asked to see it: with an earlier commentary snapshot's notes and line
 * (`?snapshot=<id>`), or as loaded (the latest) when the id is absent, the latest, or unknown. Built
 * once per set and snapshot; its version names the snapshot, so caches keyed by version keep them apart.
 */
export function datasetForSnapshot(data: IndexedDataset, id: string | null | undefined): IndexedDataset {
  if (!id || id === data.snapshot.id || !data.snapshots.some((snapshot) => snapshot.id === id)) return data;
  return memoize(data, `snapshot:${id}`, () => {
    const view = withSnapshot(data, id);
    setDataVersion(view, `${getDataVersion(data)}~${id}`);
    warmDataset(view);
    return view;
  });
}
