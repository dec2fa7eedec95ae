import type { Metadata } from "next";
import { headers } from "next/headers";
import { Explorer } from "@/components/explorer/Explorer";
import { PreviewFileButton } from "@/components/preview/PreviewFileButton";
import { PreviewHost } from "@/components/preview/PreviewHost";
import { getDatasetState } from "@/lib/server/dataset";
import { getExplorerPayload } from "@/lib/server/explorer";
import { figureWidthOfRequest } from "@/lib/view/figure-width";
import { createShareCard } from "@/lib/view/share-card";
import { snapshotParam } from "@/lib/view/view-params";
import { parseViewState } from "@/lib/view/view-state";
import { prepareFirstView, renderFirstView, type SearchParams } from "./first-view";
import { shareMetadata } from "./share-metadata";
import "./explorer.css";

export const dynamic = "force-dynamic";

/** The view's title, period and preview image, for a link pasted into a chat or a mail. */
export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  const params = await searchParams;
  const state = await getDatasetState(snapshotParam(params));
  if (!state.ok) return {};
  const { ctx } = getExplorerPayload(state.data);
  return shareMetadata(createShareCard(state.data, parseViewState(params, ctx), ctx));
}

export default async function HomePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const head = await headers();
  const width = figureWidthOfRequest({ cookie: head.get("cookie"), userAgent: head.get("user-agent"), mobile: head.get("sec-ch-ua-mobile") });
  const first = await prepareFirstView(await searchParams, { path: "/", width, details: true });
  return renderFirstView(first, ({ payload, initial }) => (
    <PreviewHost setTitle={payload.title} figureWidth={width}>
      <Explorer data={payload} initial={initial} figureWidth={width} actions={<PreviewFileButton />} />
    </PreviewHost>
  ));
}
