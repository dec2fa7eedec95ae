import type { IndexedDataset } from "@/lib/data/index-dataset";
import type { ReportModel } from "@/lib/report/report-model";

interface ReportTitleBlockProps {
  data: IndexedDataset;
  model: ReportModel;
  generated: string;
}

/** The first thing a reader sees: what this is, for which period, and how fresh it is. */
export function ReportTitleBlock({ data, model, generated }: ReportTitleBlockProps) {
  const { manifest } = data;
  const commentary = model.asOfLabel !== null;
  const facts: [string, string][] = [
    ["Period", model.period],
    // The commentary snapshot the report quotes, by name where the set names its snapshots; none for a set without commentary.
    ...(!commentary ? [] : data.snapshot.implicit ? [["Snapshot line", model.asOfLabel] as [string, string]] : [["Commentary", `${data.snapshot.title} — ${model.asOfLabel}`] as [string, string]]),
    ["Generated", generated],
    ["Data version", manifest.version ?? "unversioned"],
    ["Data set", `${manifest.id} — ${data.events.length} events, ${data.lanes.length} lanes`],
    ["In this report", `${model.entries.length} events${commentary ? ` · ${model.comments.length} expert quotes` : ""} · ${model.sources.length} sources`],
  ];
  if (model.filters.length) facts.push(["Filtered by", model.filters.join("; ")]);
  return (
    <header className="report-title">
      <p className="report-kicker">Snapshot report</p>
      <h1>{manifest.title}</h1>
      <p className="report-period">{model.period}</p>
      <p className="report-description">{manifest.description}</p>
      <dl className="report-facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </header>
  );
}
