import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { redirect } from "next/navigation";
import { DataErrorPage } from "@/components/data/DataErrorPage";
import { ViewEventList } from "@/components/events/ViewEventList";
import { Explorer } from "@/components/explorer/Explorer";
import { QueryProvider } from "@/components/explorer/QueryProvider";
import { StaticTimeline } from "@/components/timeline/StaticTimeline";
import { createQueryClient } from "@/lib/query/client";
import { eventQueryOptions } from "@/lib/query/event";
import { searchQueryOptions } from "@/lib/query/search";
import { FIRST_WINDOW_PX, windowQueryOptions, windowSearchParams } from "@/lib/query/window-query";
import { parseSearchParams, toSearchQuery } from "@/lib/search/params";
import { runSearch } from "@/lib/search/run-search";
import { filterReportEvents } from "@/lib/report/filter-events";
import { reportWindow } from "@/lib/report/period";
import { getDatasetState } from "@/lib/server/dataset";
import { setResponseStatus } from "@/lib/http/process-slots";
import { getExplorerPayload } from "@/lib/server/explorer";
import { getWindowResponse } from "@/lib/server/window";
import { getEventDetail } from "@/lib/view/event-detail";
import { filterEvents } from "@/lib/view/filter-events";
import { getSearchRequest } from "@/lib/view/search-request";
import { createViewContext } from "@/lib/view/view-context";
import { focusDomain } from "@/lib/view/focus-domain";
import { parseViewState, roundDomain, serializeViewState } from "@/lib/view/view-state";
import { parseWindowParams } from "@/lib/window/params";
import { WINDOW_ITEM_LIMIT } from "@/lib/window/window-index";

export const dynamic = "force-dynamic";

type SearchParams = Record<string, string | string[] | undefined>;

export default async function HomePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const state = await getDatasetState();
  if (!state.ok) {
    setResponseStatus(503, 5);
    return <DataErrorPage problems={state.problems} />;
  }
  const { data } = state;
  const explorer = getExplorerPayload(data);
  const ctx = { ...createViewContext(explorer), hasEvent: (id: string) => data.eventById.has(id) };
  const params = await searchParams;
  const view = parseViewState(params, ctx);
  // A large set's default window shows only count badges: a link to one event opens a window where it is drawn.
  const interval = view.event ? data.intervalById.get(view.event) : undefined;
  if (explorer.window && interval && params.from === undefined && params.to === undefined) {
    const domain = roundDomain(focusDomain(view.domain, interval, explorer.window.density, view.lanes, WINDOW_ITEM_LIMIT / 2));
    redirect(`/?${serializeViewState({ ...view, domain }, ctx).toString()}`);
  }

  // Same query keys as the client hooks; on the server the answer is computed in-process, not fetched.
  const queryClient = createQueryClient();
  const request = getSearchRequest(view, ctx.laneIds);
  if (request.q) {
    const search = searchQueryOptions(request);
    const parsed = parseSearchParams(toSearchQuery(request));
    if (parsed.success) await queryClient.prefetchQuery({ ...search, queryFn: () => runSearch(data, parsed.data) });
  }
  if (view.event) {
    const id = view.event;
    await queryClient.prefetchQuery({ ...eventQueryOptions(id), queryFn: () => getEventDetail(data, id)! });
  }

  if (explorer.window) {
    // The first window, answered in-process and hydrated: the chart draws without a round trip to /api/window.
    const first = { dataset: explorer.window.key, domain: view.domain, lanes: [...view.lanes].sort(), px: FIRST_WINDOW_PX };
    const parsed = parseWindowParams(windowSearchParams(first), ctx.laneIds);
    if (parsed.ok) await queryClient.prefetchQuery({ ...windowQueryOptions(first), queryFn: () => getWindowResponse(data, parsed.query) });
  }

  const items = filterEvents(explorer.items, view, explorer.notes, explorer.asOf.ms);
  const staticFigure = (
    <StaticTimeline
      title={explorer.window ? `Timeline of ${explorer.window.total} events in ${view.lanes.length} lanes (loading)` : `Timeline of ${items.length} events in ${view.lanes.length} lanes`}
      items={items}
      lanes={view.lanes.map((id, order) => ({ ...data.lanes.find((lane) => lane.id === id)!, order }))}
      domain={view.domain}
      asOf={{ ms: explorer.asOf.ms, label: explorer.asOf.label }}
      highlight={view.event ? new Set([view.event]) : undefined}
    />
  );
  return (
    <QueryProvider>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <Explorer data={explorer} staticFigure={staticFigure}>
          {explorer.window ? (
            <p className="all-events muted">
              This data set holds {data.events.length.toLocaleString("en-GB")} events, too many to list on one page: zoom in, search, or switch
              to the table view to list the events of the window.
            </p>
          ) : (
            <ViewEventList data={data} events={filterReportEvents(data, view, reportWindow(view.domain))} params={serializeViewState(view, ctx)} domain={view.domain} />
          )}
        </Explorer>
      </HydrationBoundary>
    </QueryProvider>
  );
}
