"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo } from "react";
import { FIRST_WINDOW_PX, prefetchNeighbourWindows, windowQueryOptions, type WindowRequest } from "@/lib/query/window-query";
import type { WindowResponse } from "@/lib/window/types";
import type { TimeDomain } from "@/lib/time/scale";
import type { ExplorerWindow } from "@/lib/view/explorer-data";

/** For a large set: the events (or clusters) around the committed window, with the next windows prefetched. */
export function useWindowItems(source: ExplorerWindow | null, domain: TimeDomain, lanes: readonly string[], mounted: boolean) {
  const client = useQueryClient();
  const [from, to] = domain;
  const laneKey = [...lanes].sort().join(",");
  const px = mounted ? window.innerWidth : FIRST_WINDOW_PX;
  const request = useMemo<WindowRequest>(
    () => ({ dataset: source?.key ?? "", domain: [from, to], lanes: laneKey ? laneKey.split(",") : [], px }),
    [source?.key, from, to, laneKey, px],
  );
  // Until this screen's resolution arrives, show the window the server prefetched at FIRST_WINDOW_PX (or the previous one).
  const firstKey = useMemo(() => windowQueryOptions({ ...request, px: FIRST_WINDOW_PX }).queryKey, [request]);
  const query = useQuery({
    ...windowQueryOptions(request),
    enabled: source !== null && mounted,
    placeholderData: (previous: WindowResponse | undefined) => previous ?? client.getQueryData<WindowResponse>(firstKey),
  });
  const loaded = query.isSuccess;
  useEffect(() => {
    if (source && loaded) prefetchNeighbourWindows(client, request);
  }, [client, source, loaded, request]);
  return query.data ?? null;
}
