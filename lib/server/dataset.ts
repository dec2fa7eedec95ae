import "server-only";
import path from "node:path";
import { indexDataset, type IndexedDataset } from "../data/index-dataset";
import type { DataProblem } from "../data/problem";
import { readDatasetDir } from "../data/read-dir";

export type DatasetState =
  | { ok: true; dir: string; data: IndexedDataset }
  | { ok: false; dir: string; problems: DataProblem[] };

export function getDataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATA_DIR ?? path.join(/*turbopackIgnore: true*/ process.cwd(), "data"));
}

let cached: Promise<DatasetState> | null = null;

async function load(dir: string): Promise<DatasetState> {
  const result = await readDatasetDir(dir);
  return result.ok ? { ok: true, dir, data: indexDataset(result.dataset) } : { ok: false, dir, problems: result.problems };
}

/**
 * The data set, read and validated once per server process (DATA_DIR is read at start-up).
 * In development it is re-read on every call so edits to data files show on reload.
 */
export function getDatasetState(): Promise<DatasetState> {
  if (process.env.NODE_ENV === "development") return load(getDataDir());
  cached ??= load(getDataDir());
  return cached;
}
