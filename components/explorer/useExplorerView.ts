"use client";

import { useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { parseViewState, serializeViewState, type ViewContext, type ViewState } from "@/lib/view/view-state";

export type UpdateView = (patch: Partial<ViewState>, history?: "push" | "replace") => void;

/**
 * The committed view is the URL. Updates go through the native History API, which Next's router
 * picks up (useSearchParams re-renders) without a server round trip; Back/Forward restore it.
 */
export function useExplorerView(ctx: ViewContext): { view: ViewState; update: UpdateView } {
  const searchParams = useSearchParams();
  const view = useMemo(() => parseViewState(searchParams, ctx), [searchParams, ctx]);
  const update = useCallback<UpdateView>(
    (patch, history = "replace") => {
      // Read the live URL, not the last render's, so quick successive updates do not undo each other.
      const current = parseViewState(new URLSearchParams(window.location.search), ctx);
      const query = serializeViewState({ ...current, ...patch }, ctx).toString();
      const url = `${window.location.pathname}${query ? `?${query}` : ""}`;
      if (url === `${window.location.pathname}${window.location.search}`) return;
      if (history === "push") window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
    },
    [ctx],
  );
  return { view, update };
}
