import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { DataErrorPage } from "@/components/data/DataErrorPage";
import { EmbedFigure } from "@/components/embed/EmbedFigure";
import { QueryProvider } from "@/components/explorer/QueryProvider";
import { setResponseStatus } from "@/lib/http/process-slots";
import { createQueryClient } from "@/lib/query/client";
import { windowQueryOptions } from "@/lib/query/window-query";
import { getDatasetState } from "@/lib/server/dataset";
import { getExplorerPayload } from "@/lib/server/explorer";
import { EMBED_FIGURE_WIDTH } from "@/lib/view/embed";
import { createWindowRequest } from "@/lib/view/explorer-view";
import { answerWindowRequest } from "@/lib/view/first-window";
import { encodeWindow } from "@/lib/window/wire";
import { firstValues } from "@/lib/view/view-params";
import { parseViewState, serializeViewState } from "@/lib/view/view-state";

export const dynamic = "force-dynamic";

// Another site's page is the place to be found, not this frame.
export const metadata: Metadata = { robots: { index: false, follow: true } };

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * GET /embed?(the explorer's parameters): the figure alone, for an iframe on a site EMBED_ORIGINS allows
 * (lib/http/security-headers.ts frameAncestors). Its first paint is the explorer's: the same window query,
 * answered in-process.
 */
export default async function EmbedPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const state = await getDatasetState();
  if (!state.ok) {
    setResponseStatus(503, 5);
    return <DataErrorPage problems={state.problems} />;
  }
  const { data } = state;
  const { payload, ctx } = getExplorerPayload(data);
  const params = await searchParams;
  const view = parseViewState(params, ctx);
  const queryClient = createQueryClient();
  const request = createWindowRequest(payload, view, EMBED_FIGURE_WIDTH);
  const first = answerWindowRequest(data, ctx, request);
  if (first) await queryClient.prefetchQuery({ ...windowQueryOptions(request), queryFn: () => encodeWindow(first) });
  const initial = { raw: new URLSearchParams(firstValues(params)).toString(), canonical: serializeViewState(view, ctx).toString() };
  return (
    <QueryProvider>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <EmbedFigure data={payload} initial={initial} figureWidth={EMBED_FIGURE_WIDTH} />
      </HydrationBoundary>
    </QueryProvider>
  );
}
