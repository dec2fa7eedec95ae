"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { TimeDomain } from "@/lib/time/scale";
import { createEmitter } from "@/lib/view/emitter";
import type { ExplorerData } from "@/lib/view/explorer-data";
import { eventsInView } from "@/lib/view/explorer-view";
import { createViewContext } from "@/lib/view/view-context";
import { commitWindow, type WindowCause, type WindowCommit } from "@/lib/view/window-controller";
import { replayEarlyClicks } from "@/components/figure/early-input";
import { useExplorerView } from "./useExplorerView";
import { useExplorerWindow } from "./useExplorerWindow";

interface Options {
  /** "own": commits keep their history policy (push or replace). "replace": every change replaces the entry (an embed leaves the host page's Back alone). */
  history: "own" | "replace";
}

/**
 * The view, its window query and the figure's wiring, for every page that shows the interactive figure:
 * the explorer and /embed read the URL, ask for events and write the window back through this one hook.
 */
export function useExplorerFigure(data: ExplorerData, initial: { raw: string; canonical: string }, figureWidth: number, { history }: Options) {
  const ctx = useMemo(() => createViewContext(data), [data]);
  const { view, update } = useExplorerView(ctx, initial);
  const [hover] = useState(() => createEmitter<string | null>(null));
  /** The window a gesture in progress shows (the window bar follows it). */
  const [live] = useState(() => createEmitter<TimeDomain | null>(null));
  const [px, setPx] = useState(figureWidth);
  const { response, allNotes, figure } = useExplorerWindow(data, view, px);
  const inView = useMemo(() => eventsInView(response, view.domain), [response, view.domain]);

  const onCommit = useCallback(
    (commit: WindowCommit) => update({ domain: commit.domain }, history === "replace" ? "replace" : commit.history),
    [update, history],
  );
  /** A window chosen outside the figure (presets, dates): the same rules and history as the figure's own commits. */
  const setWindow = useCallback(
    (domain: TimeDomain, cause: WindowCause) => {
      const commit = commitWindow(figure.domain, figure.bounds, domain, cause);
      if (commit) onCommit(commit);
    },
    [figure.domain, figure.bounds, onCommit],
  );

  // Hydrated: clicks and keys are the app's from now on (tests wait for this); a filter or button clicked before is clicked again.
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    root.current?.setAttribute("data-ready", "");
    replayEarlyClicks();
  }, []);

  return { ctx, view, update, hover, live, px, setPx, response, allNotes, figure, inView, onCommit, setWindow, root };
}
