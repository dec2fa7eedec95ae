import { HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { DataErrorPage } from "@/components/data/DataErrorPage";
import { EmbedFigure } from "@/components/embed/EmbedFigure";
import { QueryProvider } from "@/components/explorer/QueryProvider";
import { setResponseStatus } from "@/lib/http/process-slots";
import { EMBED_FIGURE_WIDTH } from "@/lib/view/embed";
import { prepareFirstView, type SearchParams } from "../first-view";

export const dynamic = "force-dynamic";

// Another site's page is the place to be found, not this frame.
export const metadata: Metadata = { robots: { index: false, follow: true } };

/**
 * GET /embed?(the explorer's parameters): the figure alone, for an iframe on a site EMBED_ORIGINS allows
 * (lib/http/security-headers.ts frameAncestors). Its first paint is the explorer's (app/first-view.ts).
 */
export default async function EmbedPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const first = await prepareFirstView(await searchParams, { path: "/embed", width: EMBED_FIGURE_WIDTH, details: false });
  if (!first.ok) {
    setResponseStatus(503, 5);
    return <DataErrorPage problems={first.problems} />;
  }
  return (
    <QueryProvider>
      <HydrationBoundary state={first.dehydrated}>
        <EmbedFigure data={first.payload} initial={first.initial} figureWidth={EMBED_FIGURE_WIDTH} />
      </HydrationBoundary>
    </QueryProvider>
  );
}
