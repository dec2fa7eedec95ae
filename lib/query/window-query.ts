import { keepPreviousData, queryOptions, type QueryClient } from "@tanstack/react-query";
import { toIsoDay } from "../time/partial-date";
import type { TimeDomain } from "../time/scale";
import { bucketPx } from "../window/params";
import { neighbourWindows, snapWindow } from "../window/snap";
import type { WindowResponse } from "../window/types";
import { fetchJson } from "./fetch-json";

export interface WindowRequest {
  /** "id@version" of the data set, so a new data set never reuses old windows. */
  dataset: string;
  /** The visible domain; the fetched window is snapped around it. */
  domain: TimeDomain;
  lanes: readonly string[];
  /** Width of the visible domain on screen. */
  px: number;
}

function fetchParams(window: TimeDomain, request: WindowRequest) {
  const scale = (window[1] - window[0]) / Math.max(1, request.domain[1] - request.domain[0]);
  return { from: toIsoDay(window[0]), to: toIsoDay(window[1]), lanes: request.lanes.join(","), px: bucketPx(request.px * scale) };
}

function searchFor(params: ReturnType<typeof fetchParams>) {
  const search = new URLSearchParams({ from: params.from, to: params.to, px: String(params.px) });
  if (params.lanes) search.set("lanes", params.lanes);
  return search;
}

/** Screen width assumed before the browser's is known: the server prefetches the first window at it. */
export const FIRST_WINDOW_PX = 1200;

/** The /api/window parameters of the window around a visible domain (the server answers them in-process on first load). */
export function windowSearchParams(request: WindowRequest): URLSearchParams {
  return searchFor(fetchParams(snapWindow(request.domain).window, request));
}

function optionsFor(window: TimeDomain, request: WindowRequest) {
  const params = fetchParams(window, request);
  return queryOptions({
    queryKey: ["window", request.dataset, params.from, params.to, params.lanes, params.px] as const,
    queryFn: ({ signal }) => fetchJson<WindowResponse>(`/api/window?${searchFor(params)}`, signal),
    staleTime: 5 * 60_000,
    placeholderData: keepPreviousData,
  });
}

/** The events (or clusters) of the window around a visible domain: keyed by data set, window, lanes and resolution. */
export function windowQueryOptions(request: WindowRequest) {
  return optionsFor(snapWindow(request.domain).window, request);
}

/** Starts fetching the windows a pan either way will need next. */
export function prefetchNeighbourWindows(client: QueryClient, request: WindowRequest): void {
  const { window, step } = snapWindow(request.domain);
  for (const next of neighbourWindows(window, step)) void client.prefetchQuery(optionsFor(next, request));
}
