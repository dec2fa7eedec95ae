import { StaticTimeline } from "@/components/timeline/StaticTimeline";
import type { IndexedDataset } from "@/lib/data/index-dataset";
import { toTimelineItem } from "@/lib/data/items";
import type { ReportModel } from "@/lib/report/report-model";
import { labelPriority } from "@/lib/report/label-priority";
import { ReportLegend } from "./ReportLegend";

interface ReportFigureProps {
  data: IndexedDataset;
  model: ReportModel;
  highlight: string | null;
  landscape: boolean;
}

/** Figure 1: the period's events on one time axis, one labelled band per lane, with its legend. */
export function ReportFigure({ data, model, highlight, landscape }: ReportFigureProps) {
  const items = model.entries.map((entry) => toTimelineItem(entry.event));
  const annotated = new Set(model.comments.flatMap((comment) => comment.anchoredTo.map((anchor) => anchor.id)));
  return (
    <figure className="report-figure">
      <StaticTimeline
        title={`Timeline of ${items.length} events in ${model.lanes.length} lanes, ${model.period}`}
        items={items}
        lanes={model.lanes}
        domain={model.window}
        width={landscape ? 1200 : 900}
        asOf={{ ms: data.asOfMs, label: `Commentary as of ${model.asOfLabel}` }}
        highlight={highlight ? new Set([highlight]) : undefined}
        labelPriority={labelPriority(items, annotated, highlight)}
      />
      <figcaption>
        <strong>Figure 1.</strong> Events {model.period}, by lane. Titles are written where they fit; every event is listed in the table that follows.
      </figcaption>
      <ReportLegend lanes={model.lanes} asOfLabel={model.asOfLabel} />
    </figure>
  );
}
