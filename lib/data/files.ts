/** The files a data set directory holds. stories.json is optional. */
export const DATA_FILES = {
  manifest: "dataset.json",
  events: "events.json",
  annotations: "annotations.json",
  stories: "stories.json",
} as const;

export interface RawDataFiles {
  manifest: unknown;
  events: unknown;
  annotations: unknown;
  /** undefined when the set has no stories file. */
  stories?: unknown;
  /** Files that could not be read or parsed: their records are skipped, and so are references into them. */
  broken?: ReadonlySet<keyof typeof DATA_FILES>;
}
