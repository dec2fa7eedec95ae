"use client";

import { useSearchParams } from "next/navigation";
import { useCallback, useMemo, useState } from "react";
import { parseViewState, serializeViewState, type ViewContext, type ViewState } from "@/lib/view/view-state";

export type UpdateView = (patch: Partial<ViewState>, history?: "push" | "replace") => void;

/** A URL just written, and the URL it replaced: shown until the router's searchParams move on from `base`. */
interface PendingUrl {
  base: string;
  query: string;
}

/**
 * The committed view is the URL. Updates go through the native History API, which Next's router
 * picks up (useSearchParams re-renders, in a transition) without a server round trip; Back/Forward restore it.
 * Until the router catches up, the view is read from the URL just written, so a checkbox or button
 * answers at once instead of flicking back for a frame.
 */
export function useExplorerView(ctx: ViewContext, initial: { raw: string; canonical: string }): { view: ViewState; update: UpdateView } {
  const searchParams = useSearchParams();
  // The URL the page was served for reads as the server read it (it checked event ids against the whole set).
  const current = searchParams.toString() === initial.raw ? initial.canonical : searchParams.toString();
  const [pending, setPending] = useState<PendingUrl | null>(null);
  // The router has moved on (to the URL written, or Back/Forward elsewhere): the URL rules again.
  if (pending && pending.base !== current) setPending(null);
  const shown = pending && pending.base === current ? pending.query : current;
  const view = useMemo(() => parseViewState(new URLSearchParams(shown), ctx), [shown, ctx]);
  const update = useCallback<UpdateView>(
    (patch, history = "replace") => {
      // Read the live URL, not the last render's, so quick successive updates do not undo each other.
      const search = new URLSearchParams(window.location.search).toString();
      const live = parseViewState(new URLSearchParams(search === initial.raw ? initial.canonical : search), ctx);
      const query = serializeViewState({ ...live, ...patch }, ctx).toString();
      const url = `${window.location.pathname}${query ? `?${query}` : ""}`;
      if (url === `${window.location.pathname}${window.location.search}`) return;
      if (history === "push") window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
      setPending({ base: current, query });
    },
    [ctx, current, initial],
  );
  return { view, update };
}
