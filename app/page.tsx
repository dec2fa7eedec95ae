import { HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { headers } from "next/headers";
import { DataErrorPage } from "@/components/data/DataErrorPage";
import { Explorer } from "@/components/explorer/Explorer";
import { QueryProvider } from "@/components/explorer/QueryProvider";
import { PreviewFileButton } from "@/components/preview/PreviewFileButton";
import { PreviewHost } from "@/components/preview/PreviewHost";
import { setResponseStatus } from "@/lib/http/process-slots";
import { getDatasetState } from "@/lib/server/dataset";
import { getExplorerPayload } from "@/lib/server/explorer";
import { figureWidthOfRequest } from "@/lib/view/figure-width";
import { createShareCard } from "@/lib/view/share-card";
import { parseViewState } from "@/lib/view/view-state";
import { prepareFirstView, type SearchParams } from "./first-view";
import { shareMetadata } from "./share-metadata";

export const dynamic = "force-dynamic";

/** The view's title, period and preview image, for a link pasted into a chat or a mail. */
export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  const state = await getDatasetState();
  if (!state.ok) return {};
  const { ctx } = getExplorerPayload(state.data);
  return shareMetadata(createShareCard(state.data, parseViewState(await searchParams, ctx), ctx));
}

export default async function HomePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const head = await headers();
  const width = figureWidthOfRequest({ cookie: head.get("cookie"), userAgent: head.get("user-agent"), mobile: head.get("sec-ch-ua-mobile") });
  const first = await prepareFirstView(await searchParams, { path: "/", width, details: true });
  if (!first.ok) {
    setResponseStatus(503, 5);
    return <DataErrorPage problems={first.problems} />;
  }
  return (
    <QueryProvider>
      <HydrationBoundary state={first.dehydrated}>
        <PreviewHost setTitle={first.payload.title} figureWidth={width}>
          <Explorer data={first.payload} initial={first.initial} figureWidth={width} actions={<PreviewFileButton />} />
        </PreviewHost>
      </HydrationBoundary>
    </QueryProvider>
  );
}
