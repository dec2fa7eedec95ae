"use client";

import { useEffect, useMemo } from "react";
import { useQueryRuntime } from "@/components/query/QueryProvider";
import { keepPreviousData, useQuery } from "@/components/query/useQuery";
import { prefetchNeighbourWindows, windowLinksQueryOptions, windowQueryOptions } from "@/lib/query/window-query";
import { hull } from "@/lib/view/domain";
import type { ExplorerData } from "@/lib/view/explorer-data";
import { createWindowRequest } from "@/lib/view/explorer-view";
import type { ViewState } from "@/lib/view/view-state";

const NONE: never[] = [];

/**
 * The view's window, read through the one window query (answered on the server for the first paint, then
 * by fetch — or in the browser for a previewed file), and what the figure draws from it. The explorer and
 * the embed both read events only through here.
 */
export function useExplorerWindow(data: ExplorerData, view: ViewState, px: number) {
  const runtime = useQueryRuntime();
  const request = useMemo(() => createWindowRequest(data, view, px), [data, view, px]);
  const windowQuery = useQuery({ ...windowQueryOptions(request), placeholderData: keepPreviousData });
  const linksQuery = useQuery(windowLinksQueryOptions(request));
  const loaded = windowQuery.isSuccess;
  useEffect(() => {
    if (loaded && runtime) prefetchNeighbourWindows(runtime.client, request);
  }, [runtime, loaded, request]);
  const response = windowQuery.data;
  const allNotes = response?.notes ?? NONE;
  const lanes = useMemo(() => view.lanes.flatMap((id) => data.lanes.filter((lane) => lane.id === id)), [data.lanes, view.lanes]);
  const notes = useMemo(() => (view.experts.length ? allNotes.filter((note) => view.experts.includes(note.expertId)) : allNotes), [allNotes, view.experts]);
  const experts = useMemo(() => data.experts.map((expert) => expert.id), [data.experts]);
  // The zoom's limits: the data set, and the window the URL asked for when it lies beyond it.
  const bounds = useMemo(() => hull(data.bounds, view.domain), [data.bounds, view.domain]);
  // The snapshot line is the commentary's date: a set without commentary has none.
  const snapshot = useMemo(() => (data.hasCommentary ? { ms: data.asOf.ms, label: data.asOf.label } : null), [data.hasCommentary, data.asOf.ms, data.asOf.label]);
  return {
    response,
    allNotes,
    /** The InteractiveFigure's data props for this view. */
    figure: {
      lanes,
      items: response?.items ?? NONE,
      clusters: response?.clusters,
      notes,
      experts,
      links: linksQuery.data ?? NONE,
      bounds,
      density: data.window.density,
      domain: view.domain,
      snapshot,
      selectedId: view.event,
      selectedNoteId: view.note,
    },
  };
}
