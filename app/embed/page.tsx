import type { Metadata } from "next";
import { EmbedFigure } from "@/components/embed/EmbedFigure";
import { EMBED_FIGURE_WIDTH } from "@/lib/view/embed";
import { prepareFirstView, renderFirstView, type SearchParams } from "../first-view";
import "./embed.css";

export const dynamic = "force-dynamic";

// Another site's page is the place to be found, not this frame.
export const metadata: Metadata = { robots: { index: false, follow: true } };

/**
 * GET /embed?(the explorer's parameters): the figure alone, for an iframe on a site EMBED_ORIGINS allows
 * (lib/http/security-headers.ts frameAncestors). Its first paint is the explorer's (app/first-view.tsx).
 */
export default async function EmbedPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const first = await prepareFirstView(await searchParams, { path: "/embed", width: EMBED_FIGURE_WIDTH, details: false });
  return renderFirstView(first, ({ payload, initial }) => <EmbedFigure data={payload} initial={initial} figureWidth={EMBED_FIGURE_WIDTH} />);
}
