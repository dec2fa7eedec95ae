import "server-only";
import type { IndexedDataset } from "../data/index-dataset";
import { memoize } from "../data/memo";

/** Records the version of a set as it is loaded: "id@version#digest" (lib/server/dataset.ts). */
export function setDataVersion(data: IndexedDataset, version: string): void {
  memoize(data, "version", () => version);
}

/** "id@version#digest" of a loaded set: the window API's key and the server's cache key change with it. */
export function getDataVersion(data: IndexedDataset): string {
  return memoize(data, "version", () => `${data.manifest.id}@${data.manifest.version ?? "unversioned"}`);
}
