import type { Metadata } from "next";
import { DataErrorPage } from "@/components/data/DataErrorPage";
import { DownloadPdfLink } from "@/components/report/DownloadPdfLink";
import { PrintOnLoad } from "@/components/report/PrintOnLoad";
import { ReportDocument } from "@/components/report/ReportDocument";
import { ReportPageStyle } from "@/components/report/ReportPageStyle";
import { ReportTooLarge } from "@/components/report/ReportTooLarge";
import { isLandscapeFigure } from "@/lib/report/figure-orientation";
import { measureReport } from "@/lib/report/limits";
import { formatPeriod, generatedNow } from "@/lib/report/period";
import { createReportModel } from "@/lib/report/report-model";
import { ORIENTATIONS, PAPERS, type Orientation, type Paper } from "@/lib/report/report-query";
import { datasetViewContext } from "@/lib/view/view-context";
import { getDatasetState } from "@/lib/server/dataset";
import { snapshotParam } from "@/lib/view/view-params";
import { limitCacheTime, setResponseStatus } from "@/lib/http/process-slots";
import { parseWindowEdges, wholeDays } from "@/lib/view/domain";
import type { TimeDomain } from "@/lib/time/scale";
import { parseViewState, serializeViewState } from "@/lib/view/view-state";
import { createShareCard } from "@/lib/view/share-card";
import { shareMetadata } from "../share-metadata";
import { Handout } from "./handout";
import { ReportMarking } from "@/components/report/ReportMarking";
import { resolveDeck } from "@/lib/story/resolve";
import { resolveMarking } from "@/lib/story/marking";
import type { Story } from "@/lib/schema";

/** The mark a handout's own briefing carries, if its link or story names one. */
function storyMarking(stories: readonly Story[], params: SearchParams): string | undefined {
  const source = resolveDeck(params, stories);
  return source.kind === "story" ? source.story.marking : undefined;
}
// One stylesheet (report.css @imports globals.css), as for the explorer.
import "./report.css";

export const dynamic = "force-dynamic";
type SearchParams = Record<string, string | string[] | undefined>;

/** The title names the period: it heads the browser's print and becomes the saved file's name. */
export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  const params = await searchParams;
  const state = await getDatasetState(snapshotParam(params));
  if (!state.ok) return { title: "Report" };
  // The title is the PDF's title too (Chromium writes it into the file): it leads with the handling mark.
  const handout = params.story !== undefined || params.deck !== undefined;
  const marking = resolveMarking(params.marking, handout ? storyMarking(state.data.stories, params) : undefined, state.data.manifest.marking);
  const marked = (title: string) => (marking ? `${marking} — ${title}` : title);
  if (handout) return { title: marked("Briefing read-ahead"), referrer: "origin" };
  const ctx = datasetViewContext(state.data);
  const meta = await shareMetadata(createShareCard(state.data, parseViewState(params, ctx), ctx, "/report"));
  return { ...meta, title: marked(String(meta.title ?? "Report")) };
}

function pick<T extends string>(value: string | string[] | undefined, allowed: readonly T[]): T {
  const first = Array.isArray(value) ? value[0] : value;
  return allowed.find((option) => option === first) ?? allowed[0]!;
}

export default async function ReportPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const state = await getDatasetState(snapshotParam(params));
  if (!state.ok) {
    setResponseStatus(503, 5);
    return <DataErrorPage problems={state.problems} />;
  }
  const { data } = state;
  const paper: Paper = pick(params.paper, PAPERS);
  if (params.story !== undefined || params.deck !== undefined) return <Handout params={params} paper={paper} />;
  const ctx = datasetViewContext(data);
  const view = parseViewState(params, ctx);
  const size = measureReport(data, view);
  if (!size.ok) {
    setResponseStatus(413);
    const viewParams = serializeViewState(view, ctx);
    const fits: TimeDomain | null = size.suggestion && parseWindowEdges(size.suggestion.from, size.suggestion.to);
    const laneById = new Map(data.lanes.map((lane) => [lane.id, lane]));
    return (
      <ReportTooLarge
        count={size.count}
        limit={size.limit}
        title={data.manifest.title}
        period={formatPeriod(wholeDays(view.domain))}
        explorerHref={`/${viewParams.size ? `?${viewParams}` : ""}`}
        narrowerHref={fits && `/report?${serializeViewState({ ...view, domain: fits }, ctx)}`}
        narrowerPeriod={fits && formatPeriod(wholeDays(fits))}
        byLane={size.byLane.map(({ lane, count }) => ({ lane: laneById.get(lane)!, count }))}
      />
    );
  }
  const orientation: Orientation = pick(params.orientation, ORIENTATIONS);
  const model = createReportModel(data, view);
  const landscape = isLandscapeFigure(orientation, model.window, model.entries.length);
  const generated = generatedNow();
  // The stamp reads to the minute: a cached copy may be served for that long.
  limitCacheTime(60_000);
  const viewParams = serializeViewState(view, ctx);
  const pdfParams = new URLSearchParams(viewParams);
  const marking = resolveMarking(params.marking, data.manifest.marking);
  if (marking && resolveMarking(params.marking)) pdfParams.set("marking", marking);
  pdfParams.set("paper", paper);
  if (orientation !== "auto") pdfParams.set("orientation", orientation);
  return (
    <main className="report-page">
      <ReportPageStyle
        paper={paper}
        landscapeFigure={landscape}
        title={data.manifest.title}
        period={model.period}
        footer={`${model.asOfLabel === null ? "" : `${model.asOfLabel} · `}data version ${data.manifest.version ?? "none"} · generated ${generated}`}
        marking={marking}
      />
      <ReportMarking marking={marking} place="top" />
      <nav className="report-toolbar" aria-label="Report">
        <a href={`/${viewParams.size ? `?${viewParams}` : ""}`}>Back to the explorer</a>
        <DownloadPdfLink params={pdfParams} />
      </nav>
      <ReportDocument data={data} model={model} highlight={view.event} landscapeFigure={landscape} generated={generated} />
      <ReportMarking marking={marking} place="bottom" />
      {params.print === "1" && <PrintOnLoad />}
    </main>
  );
}
