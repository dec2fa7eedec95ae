import type { NumberedSource } from "@/lib/report/number-sources";
import { SOURCE_TYPE_LABELS } from "@/lib/schema";

/** Endnotes: every cited source once, numbered as cited, with its full address printed. */
export function ReportSources({ sources }: { sources: readonly NumberedSource[] }) {
  return (
    <ol className="report-sources">
      {sources.map((source) => (
        <li key={source.n} id={`source-${source.n}`} value={source.n}>
          {source.title}. <span className="source-publisher">{source.publisher}</span>
          {source.type && <span className="source-type"> ({SOURCE_TYPE_LABELS[source.type]})</span>}.{" "}
          <a href={source.url} className="source-url">
            {source.url}
          </a>
        </li>
      ))}
    </ol>
  );
}
