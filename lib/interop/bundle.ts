import { DATA_FILES, type RawDataFiles } from "../data/files";
import type { Dataset } from "../data/validate";

/**
 * A whole data set in one JSON file, as the JSON export writes it: the four files of a data set directory under
 * their keys, plus a marker. `npm run data:import` turns it back into a directory.
 */
export interface DatasetBundle {
  format: typeof BUNDLE_FORMAT;
  manifest: unknown;
  events: unknown;
  annotations: unknown;
  stories: unknown;
}

export const BUNDLE_FORMAT = "snapshots-dataset/1";

export function toBundle(dataset: Dataset): DatasetBundle {
  return { format: BUNDLE_FORMAT, manifest: dataset.manifest, events: dataset.events, annotations: dataset.annotations, stories: dataset.stories };
}

export function isBundle(json: unknown): json is DatasetBundle {
  return typeof json === "object" && json !== null && "manifest" in json && "events" in json;
}

const byId = (list: unknown): { id: string }[] => (Array.isArray(list) ? list : []) as { id: string }[];

function upsert(base: readonly { id: string }[], incoming: unknown): unknown[] {
  const added = byId(incoming);
  const replaced = new Map(added.map((item) => [item?.id, item]));
  const known = new Set(base.map((item) => item.id));
  return [...base.map((item) => replaced.get(item.id) ?? item), ...added.filter((item) => !known.has(item?.id))];
}

/** The raw files of a bundle, or of `into` updated with it (records replaced by id, new ones added). */
export function bundleFiles(bundle: DatasetBundle, into?: Dataset): RawDataFiles {
  if (!into) return { manifest: bundle.manifest, events: bundle.events, annotations: bundle.annotations ?? [], stories: bundle.stories ?? [] };
  const manifest = (typeof bundle.manifest === "object" && bundle.manifest !== null ? bundle.manifest : {}) as { lanes?: unknown; experts?: unknown };
  return {
    manifest: { ...into.manifest, lanes: upsert(into.manifest.lanes, manifest.lanes), experts: upsert(into.manifest.experts, manifest.experts) },
    events: upsert(into.events, bundle.events),
    annotations: upsert(into.annotations, bundle.annotations),
    stories: upsert(into.stories, bundle.stories),
  };
}

/** The files of a data set directory, as the reader expects them (lib/data/files.ts), pretty-printed. */
export function toDataFiles(dataset: Dataset | Omit<RawDataFiles, "broken">): Record<string, string> {
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  return {
    [DATA_FILES.manifest]: json(dataset.manifest),
    [DATA_FILES.events]: json(dataset.events),
    [DATA_FILES.annotations]: json(dataset.annotations),
    [DATA_FILES.stories]: json(dataset.stories ?? []),
  };
}
