"use client";

import { useCallback, useRef, useState } from "react";
import type { QueryRuntime } from "@/components/query/query-host";
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
      const { readPreview } = await import("./read-preview");
      const read = await readPreview(file, partial);
      if (!read.ok) return setNotice(read.notice);
      const { set, runtime } = read;
      // A second file replaces the first; the way back still leads to the set the page was opened on.
      const returnTo = current.current?.returnTo ?? `${window.location.pathname}${window.location.search}`;
      const replacedSearch = window.location.search.slice(1);
      // The preview opens on its own default window; the explorer reads its view from the URL, so it is cleared.
      window.history.replaceState(null, "", "/");
      setNotice(null);
      show({ set, runtime, returnTo, replacedSearch });
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
