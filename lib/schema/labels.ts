import type { SourceType } from "./primitives";

/** How a source's type is written beside it (lists, reports). No schema here: the browser shows these without loading the data schemas. */
export const SOURCE_TYPE_LABELS: Record<SourceType, string> = {
  official: "official document",
  wire: "wire service",
  press: "press",
  analysis: "analysis",
  "state-affiliated": "state-affiliated media",
};
