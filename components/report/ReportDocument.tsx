import type { IndexedDataset } from "@/lib/data/index-dataset";
import type { ReportModel } from "@/lib/report/report-model";
import { ReportCommentary } from "./ReportCommentary";
import { ReportEventTable } from "./ReportEventTable";
import { ReportFigure } from "./ReportFigure";
import { ReportSources } from "./ReportSources";
import { ReportTitleBlock } from "./ReportTitleBlock";

interface ReportDocumentProps {
  data: IndexedDataset;
  model: ReportModel;
  highlight: string | null;
  landscapeFigure: boolean;
  generated: string;
}

/** The print-first report: title and figure on the first page, then events, commentary and sources. */
export function ReportDocument({ data, model, highlight, landscapeFigure, generated }: ReportDocumentProps) {
  return (
    <article className="report">
      <section className={landscapeFigure ? "report-cover is-landscape" : "report-cover"} aria-label="Summary and figure">
        <ReportTitleBlock data={data} model={model} generated={generated} />
        <ReportFigure data={data} model={model} highlight={highlight} landscape={landscapeFigure} />
      </section>
      <section aria-labelledby="report-events-heading">
        <h2 id="report-events-heading">Events in chronological order</h2>
        <ReportEventTable model={model} highlight={highlight} />
      </section>
      {model.asOfLabel !== null && (
        <section aria-labelledby="report-commentary-heading" className="report-section">
          <h2 id="report-commentary-heading">Expert commentary</h2>
          <ReportCommentary model={model} />
        </section>
      )}
      <section aria-labelledby="report-sources-heading" className="report-section">
        <h2 id="report-sources-heading">Sources</h2>
        <ReportSources sources={model.sources} />
      </section>
    </article>
  );
}
