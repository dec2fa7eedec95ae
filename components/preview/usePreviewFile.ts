"use client";

import { useCallback, useRef, useState } from "react";
import type { QueryRuntime } from "@/components/query/query-host";
import { answerLocally } from "@/lib/query/fetch-json";
import type { PreviewSet } from "@/lib/preview/preview-set";

/** A file shown as the explorer's set. `runtime`'s client answers every query from `set` (answerLocally). */
export interface ActivePreview {
  set: PreviewSet;
  runtime: QueryRuntime;
  /** The URL the preview replaced: where the way back leads. */
  returnTo: string;
  /** The query the page had when the preview opened (the router may still report it for a moment). */
  replacedSearch: string;
}

export type PreviewNotice = { kind: "reading"; fileName: string } | { kind: "failed"; fileName: string; problems: string[]; warnings: string[]; file: File | null };

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
 * Opening a file as a temporary set, in the browser: read it, import it with lib/interop (loaded on first
 * use), index it, and give it a query client that answers the explorer's queries locally — nothing is sent.
 * Leaving puts the URL back as it was.
 */
export function usePreviewFile() {
  const [preview, setPreview] = useState<ActivePreview | null>(null);
  const [notice, setNotice] = useState<PreviewNotice | null>(null);
  const current = useRef<ActivePreview | null>(null);
  const show = useCallback((next: ActivePreview | null) => {
    current.current = next;
    setPreview(next);
  }, []);

  const open = useCallback(
    async (file: File, partial = false) => {
      setNotice({ kind: "reading", fileName: file.name });
      const [{ previewFile, PREVIEW_MAX_BYTES }, { createQueryRuntime }] = await Promise.all([import("@/lib/preview/preview-set"), import("@/components/query/query-runtime")]);
      if (file.size > PREVIEW_MAX_BYTES) {
        const problem = `${file.name}: (file): (size): ${(file.size / MB).toFixed(1)} MB is more than a preview reads (${PREVIEW_MAX_BYTES / MB} MB); import it with npm run data:import`;
        return setNotice({ kind: "failed", fileName: file.name, problems: [problem], warnings: [], file: null });
      }
      // TimelineJS shows its zoneless times on the viewer's clock: so does the preview (UTC where the browser names none).
      const zone = browserZone();
      const result = previewFile({ fileName: file.name, text: await file.text(), partial, zone });
      if (!result.ok) return setNotice({ kind: "failed", fileName: file.name, problems: result.problems, warnings: result.warnings, file: partial ? null : file });
      const runtime = createQueryRuntime();
      answerLocally(runtime.client, result.set.answer);
      // A second file replaces the first; the way back still leads to the set the page was opened on.
      const returnTo = current.current?.returnTo ?? `${window.location.pathname}${window.location.search}`;
      const replacedSearch = window.location.search.slice(1);
      // The preview opens on its own default window; the explorer reads its view from the URL, so it is cleared.
      window.history.replaceState(null, "", "/");
      setNotice(null);
      show({ set: result.set, runtime, returnTo, replacedSearch });
    },
    [show],
  );

  const dismiss = useCallback(() => setNotice(null), []);
  const leave = useCallback(() => {
    if (current.current) window.history.replaceState(null, "", current.current.returnTo);
    setNotice(null);
    show(null);
  }, [show]);

  return { preview, notice, open, dismiss, leave };
}
