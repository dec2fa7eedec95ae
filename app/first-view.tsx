import "server-only";
import { dehydrate, type DehydratedState } from "@tanstack/react-query";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { DataErrorPage } from "@/components/data/DataErrorPage";
import { EarlyInput } from "@/components/figure/EarlyInput";
import { QueryProvider } from "@/components/query/QueryProvider";
import { setResponseStatus } from "@/lib/http/process-slots";
import { createQueryClient } from "@/lib/query/client";
import { eventQueryOptions } from "@/lib/query/event";
import { searchQueryOptions } from "@/lib/query/search";
import { windowQueryOptions } from "@/lib/query/window-query";
import { parseSearchParams, toSearchQuery } from "@/lib/search/params";
import { runSearch } from "@/lib/search/run-search";
import type { DataProblem } from "@/lib/data/problem";
import { getDatasetState } from "@/lib/server/dataset";
import { getExplorerPayload } from "@/lib/server/explorer";
import { wholeDays } from "@/lib/view/domain";
import { getEventDetail } from "@/lib/view/event-detail";
import { createWindowRequest } from "@/lib/view/explorer-view";
import { answerWindowRequest, windowWireOf } from "@/lib/view/first-window";
import { focusDomain } from "@/lib/view/focus-domain";
import { getSearchRequest } from "@/lib/view/search-request";
import { firstValues, snapshotParam } from "@/lib/view/view-params";
import { parseViewState, serializeViewState } from "@/lib/view/view-state";
import { WINDOW_ITEM_LIMIT } from "@/lib/window/window-index";

export type SearchParams = Record<string, string | string[] | undefined>;

export interface FirstView {
  payload: ReturnType<typeof getExplorerPayload>["payload"];
  /** The window query's answer (and, for the explorer, the search and the selected event's detail), computed in-process. */
  dehydrated: DehydratedState;
  /** The URL's parameters as given and as the view writes them back. */
  initial: { raw: string; canonical: string };
}

/**
 * The first paint of a page that shows the figure (the explorer at `/`, the figure alone at `/embed`): the
 * view read from the URL, and the same queries the client hooks make, answered in-process. A link to one
 * event of a large set without a window is redirected to a window where that event is drawn, not counted.
 */
export type FirstViewResult = ({ ok: true } & FirstView) | { ok: false; problems: DataProblem[] };

export async function prepareFirstView(
  params: SearchParams,
  { path, width, details }: { path: "/" | "/embed"; width: number; details: boolean },
): Promise<FirstViewResult> {
  const state = await getDatasetState(snapshotParam(params));
  if (!state.ok) return { ok: false, problems: state.problems };
  const { data } = state;
  const { payload, ctx } = getExplorerPayload(data);
  const view = parseViewState(params, ctx);
  const interval = view.event ? data.intervalById.get(view.event) : undefined;
  if (!payload.window.whole && interval && params.from === undefined && params.to === undefined) {
    const domain = wholeDays(focusDomain(view.domain, interval, payload.window.density, view.lanes, WINDOW_ITEM_LIMIT / 2));
    redirect(`${path}?${serializeViewState({ ...view, domain }, ctx).toString()}`);
  }

  // Same query keys as the client hooks; on the server the answers are computed in-process, not fetched.
  const queryClient = createQueryClient();
  const request = createWindowRequest(payload, view, width);
  const first = answerWindowRequest(data, ctx, request);
  if (first) await queryClient.prefetchQuery({ ...windowQueryOptions(request), queryFn: () => windowWireOf(first) });
  if (details) {
    const search = getSearchRequest(view, ctx.laneIds);
    if (search.q) {
      const query = parseSearchParams(toSearchQuery(search));
      if (query.success) await queryClient.prefetchQuery({ ...searchQueryOptions(search), queryFn: () => runSearch(data, query.data) });
    }
    if (view.event) {
      const id = view.event;
      await queryClient.prefetchQuery({ ...eventQueryOptions(id, view.snapshot), queryFn: () => getEventDetail(data, id)! });
    }
  }
  const initial = { raw: new URLSearchParams(firstValues(params)).toString(), canonical: serializeViewState(view, ctx).toString() };
  return { ok: true, payload, dehydrated: dehydrate(queryClient), initial };
}

/** The page around a first view: its queries hydrated for the client, or the data error page (503) when no set is loaded. */
export function renderFirstView(first: FirstViewResult, render: (view: FirstView) => ReactNode): ReactNode {
  if (!first.ok) {
    setResponseStatus(503, 5);
    return <DataErrorPage problems={first.problems} />;
  }
  return (
    <>
      <EarlyInput />
      <QueryProvider state={first.dehydrated}>{render(first)}</QueryProvider>
    </>
  );
}
