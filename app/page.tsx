import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { DataErrorPage } from "@/components/data/DataErrorPage";
import { Explorer } from "@/components/explorer/Explorer";
import { QueryProvider } from "@/components/explorer/QueryProvider";
import { PreviewFileButton } from "@/components/preview/PreviewFileButton";
import { PreviewHost } from "@/components/preview/PreviewHost";
import { createQueryClient } from "@/lib/query/client";
import { eventQueryOptions } from "@/lib/query/event";
import { searchQueryOptions } from "@/lib/query/search";
import { windowQueryOptions } from "@/lib/query/window-query";
import { parseSearchParams, toSearchQuery } from "@/lib/search/params";
import { runSearch } from "@/lib/search/run-search";
import { getDatasetState } from "@/lib/server/dataset";
import { setResponseStatus } from "@/lib/http/process-slots";
import { getExplorerPayload } from "@/lib/server/explorer";
import { roundDomain } from "@/lib/view/domain";
import { getEventDetail } from "@/lib/view/event-detail";
import { createWindowRequest } from "@/lib/view/explorer-view";
import { answerWindowRequest } from "@/lib/view/first-window";
import { figureWidthOfRequest } from "@/lib/view/figure-width";
import { focusDomain } from "@/lib/view/focus-domain";
import { getSearchRequest } from "@/lib/view/search-request";
import { firstValues } from "@/lib/view/view-params";
import { parseViewState, serializeViewState } from "@/lib/view/view-state";
import { createShareCard } from "@/lib/view/share-card";
import { shareMetadata } from "./share-metadata";
import { encodeWindow } from "@/lib/window/wire";
import { WINDOW_ITEM_LIMIT } from "@/lib/window/window-index";

export const dynamic = "force-dynamic";

type SearchParams = Record<string, string | string[] | undefined>;

/** The view's title, period and preview image, for a link pasted into a chat or a mail. */
export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  const state = await getDatasetState();
  if (!state.ok) return {};
  const { ctx } = getExplorerPayload(state.data);
  return shareMetadata(createShareCard(state.data, parseViewState(await searchParams, ctx), ctx));
}

export default async function HomePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const state = await getDatasetState();
  if (!state.ok) {
    setResponseStatus(503, 5);
    return <DataErrorPage problems={state.problems} />;
  }
  const { data } = state;
  const { payload, ctx } = getExplorerPayload(data);
  const params = await searchParams;
  const view = parseViewState(params, ctx);
  // A large set's default window shows only count badges: a link to one event opens a window where it is drawn.
  const interval = view.event ? data.intervalById.get(view.event) : undefined;
  if (!payload.window.whole && interval && params.from === undefined && params.to === undefined) {
    const domain = roundDomain(focusDomain(view.domain, interval, payload.window.density, view.lanes, WINDOW_ITEM_LIMIT / 2));
    redirect(`/?${serializeViewState({ ...view, domain }, ctx).toString()}`);
  }
  const head = await headers();
  const width = figureWidthOfRequest({ cookie: head.get("cookie"), userAgent: head.get("user-agent"), mobile: head.get("sec-ch-ua-mobile") });

  // Same query keys as the client hooks; on the server the answers are computed in-process, not fetched.
  const queryClient = createQueryClient();
  const request = createWindowRequest(payload, view, width);
  const first = answerWindowRequest(data, ctx, request);
  if (first) await queryClient.prefetchQuery({ ...windowQueryOptions(request), queryFn: () => encodeWindow(first) });
  const search = getSearchRequest(view, ctx.laneIds);
  if (search.q) {
    const query = parseSearchParams(toSearchQuery(search));
    if (query.success) await queryClient.prefetchQuery({ ...searchQueryOptions(search), queryFn: () => runSearch(data, query.data) });
  }
  if (view.event) {
    const id = view.event;
    await queryClient.prefetchQuery({ ...eventQueryOptions(id), queryFn: () => getEventDetail(data, id)! });
  }
  const canonical = serializeViewState(view, ctx);
  return (
    <QueryProvider>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <PreviewHost setTitle={payload.title} figureWidth={width}>
          <Explorer
            data={payload}
            initial={{ raw: new URLSearchParams(firstValues(params)).toString(), canonical: canonical.toString() }}
            figureWidth={width}
            actions={<PreviewFileButton />}
          />
        </PreviewHost>
      </HydrationBoundary>
    </QueryProvider>
  );
}
