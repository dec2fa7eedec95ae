import { indexDataset, type IndexedDataset } from "../data/index-dataset";
import { importText } from "../interop/import";
import { formatImportProblem } from "../interop/problems";
import type { LocalAnswer } from "../query/fetch-json";
import type { Source } from "../schema";
import { getExplorerData, type ExplorerData } from "../view/explorer-data";
import { getDatasetWindow } from "../window/dataset-window";
import { createLocalApi } from "./local-api";

/** Larger files are refused before they are read: a preview is for looking, and the tab must not freeze. */
export const PREVIEW_MAX_BYTES = 16 * 1024 * 1024;

/** A file imported in the browser and indexed there, with the explorer's payload and its API answered locally. */
export interface PreviewSet {
  fileName: string;
  data: IndexedDataset;
  payload: ExplorerData;
  answer: LocalAnswer;
  /** Rows left out (a partial preview) and what the import noted, as `file: row N: column: problem`. */
  skipped: string[];
  warnings: string[];
}

export type PreviewResult = { ok: true; set: PreviewSet } | { ok: false; problems: string[]; warnings: string[] };

/**
 * The source of rows that name none (a TimelineJS slide without media): the file itself. Its address is
 * under .invalid (RFC 2606), which never resolves, so it cannot pass for a published page.
 */
export function fileSource(fileName: string): Source {
  return { title: fileName, publisher: "The previewed file (not published)", url: `https://preview.invalid/${encodeURIComponent(fileName)}` };
}

let previews = 0;

/**
 * Imports a file as `npm run data:import` would (lib/interop, the same validation) and indexes it as the server
 * indexes its set, all in the browser. `partial` previews the rows that import and lists the others; `zone` is
 * the clock TimelineJS times (which carry no zone) are read on: the browser passes its own, the clock TimelineJS
 * itself would show them on.
 */
export function previewFile({ fileName, text, partial = false, zone }: { fileName: string; text: string; partial?: boolean; zone?: string }): PreviewResult {
  const result = importText({ fileName, text, partial, zone, defaultSource: fileSource(fileName) });
  const warnings = result.warnings.map(formatImportProblem);
  if (!result.ok) return { ok: false, problems: result.problems.map(formatImportProblem), warnings };
  const data = indexDataset(result.dataset);
  const window = getDatasetWindow(data);
  const key = `preview-${++previews}`;
  const payload = getExplorerData(data, { key, total: data.events.length, whole: window.whole, density: window.density });
  return { ok: true, set: { fileName, data, payload, answer: createLocalApi(data), skipped: result.skipped.map(formatImportProblem), warnings } };
}
