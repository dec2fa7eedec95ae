import { createQueryRuntime } from "@/components/query/query-runtime";
import type { QueryRuntime } from "@/components/query/query-host";
import { answerLocally } from "@/lib/query/fetch-json";
import { previewFile, PREVIEW_MAX_BYTES, type PreviewSet } from "@/lib/preview/preview-set";
import type { PreviewNotice } from "./usePreviewFile";

const MB = 1024 * 1024;

function browserZone(): string | undefined {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return zone && zone !== "Etc/Unknown" ? zone : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A chosen or dropped file read as a temporary set with a query client that answers the explorer's queries from
 * it — or the notice that says why not. Loaded with the first file (usePreviewFile.ts), not with the page.
 */
export async function readPreview(file: File, partial: boolean): Promise<{ ok: true; set: PreviewSet; runtime: QueryRuntime } | { ok: false; notice: PreviewNotice }> {
  if (file.size > PREVIEW_MAX_BYTES) {
    const problem = `${file.name}: (file): (size): ${(file.size / MB).toFixed(1)} MB is more than a preview reads (${PREVIEW_MAX_BYTES / MB} MB); import it with npm run data:import`;
    return { ok: false, notice: { kind: "failed", fileName: file.name, problems: [problem], warnings: [], file: null } };
  }
  // TimelineJS shows its zoneless times on the viewer's clock: so does the preview (UTC where the browser names none).
  const result = previewFile({ fileName: file.name, text: await file.text(), partial, zone: browserZone() });
  if (!result.ok) return { ok: false, notice: { kind: "failed", fileName: file.name, problems: result.problems, warnings: result.warnings, file: partial ? null : file } };
  const runtime = createQueryRuntime();
  answerLocally(runtime.client, result.set.answer);
  return { ok: true, set: result.set, runtime };
}
