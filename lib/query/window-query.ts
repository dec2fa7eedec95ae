import { queryOptions, type QueryClient } from "@tanstack/react-query";
import { windowEdges } from "../view/domain";
import type { TimeDomain } from "../time/scale";
import type { EventFilter } from "../view/filter-events";
import { bucketPx } from "../window/px";
import { neighbourWindows, snapWindow } from "../window/snap";
import type { WindowLink, WindowResponse } from "../window/types";
import { decodeWindow, encodeWindow } from "../window/wire";
import { fetchJson } from "./fetch-json";
import { keepPreviousData } from "./keep-previous";

/** The explorer's one event source: every set, small or large, is read through this query. */
export interface WindowRequest {
  /** "id@version" of the data set, so a new data set never reuses old windows. */
  dataset: string;
  /** The visible domain; the fetched window is snapped around it. */
  domain: TimeDomain;
  /** Set for a small data set: its whole extent, asked for once whatever the window. */
  whole: TimeDomain | null;
  filter: EventFilter;
  /** All lanes of the set, so a filter naming all of them is written as none. */
  allLanes: readonly string[];
  /** Width of the visible domain on screen. */
  px: number;
  /** An earlier commentary snapshot (its notes, its line for "after"); null for the latest. */
  snapshot?: string | null;
}

function searchFor(window: TimeDomain, request: WindowRequest): URLSearchParams {
  const scale = request.whole ? 1 : (window[1] - window[0]) / Math.max(1, request.domain[1] - request.domain[0]);
  const { filter } = request;
  const search = new URLSearchParams({ ...windowEdges(window), px: String(bucketPx(request.px * scale)) });
  const lanes = [...filter.lanes].sort();
  if (lanes.join(",") !== [...request.allLanes].sort().join(",")) search.set("lanes", lanes.join(","));
  if (filter.experts.length) search.set("expert", [...filter.experts].sort().join(","));
  if (filter.actor) search.set("actor", filter.actor);
  if (filter.tag) search.set("tag", filter.tag);
  if (filter.hideAfter) search.set("after", "hide");
  if (filter.q.trim()) search.set("q", filter.q.trim());
  return search;
}

function fetchWindow(request: WindowRequest): TimeDomain {
  if (request.whole) return request.whole;
  const [from, to] = snapWindow(request.domain).window;
  return [Math.floor(from / 60_000) * 60_000, Math.ceil(to / 60_000) * 60_000];
}

/** The /api/window parameters of the window around a visible domain (the server answers them in-process on first load). */
export function windowSearchParams(request: WindowRequest): URLSearchParams {
  return searchFor(fetchWindow(request), request);
}

function optionsFor(window: TimeDomain, request: WindowRequest) {
  const search = searchFor(window, request);
  return queryOptions({
    queryKey: ["window", request.dataset, search.toString()] as const,
    // Kept in the cache (and so in the page's dehydrated state) as columns; read as items.
    queryFn: async (context) => encodeWindow(await fetchJson<WindowResponse>(`/api/window?${search}`, context)),
    select: decodeWindow,
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });
}

/** The events (or clusters) of the window around a visible domain: keyed by data set, window, filters and resolution. */
export function windowQueryOptions(request: WindowRequest) {
  return optionsFor(fetchWindow(request), request);
}

/** The links among the events of the same window: not part of the first paint, fetched once the page is interactive. */
export function windowLinksQueryOptions(request: WindowRequest) {
  const search = searchFor(fetchWindow(request), request);
  return queryOptions({
    queryKey: ["window-links", request.dataset, search.toString()] as const,
    queryFn: (context) => fetchJson<WindowLink[]>(`/api/window/links?${search}`, context),
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });
}

/** Starts fetching the windows a pan either way will need next (nothing for a set sent whole). */
export function prefetchNeighbourWindows(client: QueryClient, request: WindowRequest): void {
  if (request.whole) return;
  const { window, step } = snapWindow(request.domain);
  for (const next of neighbourWindows(window, step)) void client.prefetchQuery(optionsFor(next, request));
}
