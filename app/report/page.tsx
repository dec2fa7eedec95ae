import type { Metadata } from "next";
import { DataErrorPage } from "@/components/data/DataErrorPage";
import { DownloadPdfLink } from "@/components/report/DownloadPdfLink";
import { PrintOnLoad } from "@/components/report/PrintOnLoad";
import { ReportDocument } from "@/components/report/ReportDocument";
import { ReportPageStyle } from "@/components/report/ReportPageStyle";
import { isLandscapeFigure } from "@/lib/report/figure-orientation";
import { formatPeriod, generatedNow, reportWindow } from "@/lib/report/period";
import { createReportModel } from "@/lib/report/report-model";
import { ORIENTATIONS, PAPERS, type Orientation, type Paper } from "@/lib/report/report-query";
import { getViewContext } from "@/lib/report/view-context";
import { getDatasetState } from "@/lib/server/dataset";
import { setResponseStatus } from "@/lib/http/process-slots";
import { parseViewState, serializeViewState } from "@/lib/view/view-state";
import "./report.css";

export const dynamic = "force-dynamic";
type SearchParams = Record<string, string | string[] | undefined>;

/** The title names the period: it heads the browser's print and becomes the saved file's name. */
export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  const state = await getDatasetState();
  if (!state.ok) return { title: "Report" };
  const view = parseViewState(await searchParams, getViewContext(state.data));
  return { title: `Report: ${state.data.manifest.title}, ${formatPeriod(reportWindow(view.domain))}` };
}

function pick<T extends string>(value: string | string[] | undefined, allowed: readonly T[]): T {
  const first = Array.isArray(value) ? value[0] : value;
  return allowed.find((option) => option === first) ?? allowed[0]!;
}

export default async function ReportPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const state = await getDatasetState();
  if (!state.ok) {
    setResponseStatus(503, 5);
    return <DataErrorPage problems={state.problems} />;
  }
  const { data } = state;
  const params = await searchParams;
  const ctx = getViewContext(data);
  const view = parseViewState(params, ctx);
  const paper: Paper = pick(params.paper, PAPERS);
  const orientation: Orientation = pick(params.orientation, ORIENTATIONS);
  const model = createReportModel(data, view);
  const landscape = isLandscapeFigure(orientation, model.window, model.entries.length);
  const generated = generatedNow();
  const viewParams = serializeViewState(view, ctx);
  const pdfParams = new URLSearchParams(viewParams);
  pdfParams.set("paper", paper);
  if (orientation !== "auto") pdfParams.set("orientation", orientation);
  return (
    <main className="report-page">
      <ReportPageStyle
        paper={paper}
        landscapeFigure={landscape}
        title={data.manifest.title}
        period={model.period}
        footer={`Commentary as of ${model.asOfLabel} · generated ${generated}`}
      />
      <nav className="report-toolbar" aria-label="Report">
        <a href={`/${viewParams.size ? `?${viewParams}` : ""}`}>Back to the explorer</a>
        <DownloadPdfLink params={pdfParams} />
      </nav>
      <ReportDocument data={data} model={model} highlight={view.event} landscapeFigure={landscape} generated={generated} />
      {params.print === "1" && <PrintOnLoad />}
    </main>
  );
}
