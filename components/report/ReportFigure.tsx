import { FigureSvg } from "@/components/figure/FigureSvg";
import type { IndexedDataset } from "@/lib/data/index-dataset";
import { toTimelineItem } from "@/lib/data/items";
import type { ReportModel } from "@/lib/report/report-model";
import { buildScene } from "@/lib/scene/build-scene";
import { createWindowIndex } from "@/lib/window/window-index";
import { ReportLegend } from "./ReportLegend";

interface ReportFigureProps {
  data: IndexedDataset;
  model: ReportModel;
  highlight: string | null;
  landscape: boolean;
}

/** Figure 1: the one scene in the print medium — every mark numbered and keyed to the event table, labelled by importance. */
export function ReportFigure({ data, model, highlight, landscape }: ReportFigureProps) {
  const items = model.entries.map((entry) => toTimelineItem(entry.event));
  const numbers = new Map(model.entries.map((entry, i) => [entry.event.id, i + 1]));
  const scene = buildScene({
    medium: "print",
    width: landscape ? 1000 : 720,
    domain: model.window,
    lanes: model.lanes,
    index: createWindowIndex(items, model.lanes.map((lane) => lane.id), model.window),
    numbers,
    selectedId: highlight,
    snapshot: model.asOfLabel === null ? null : { ms: data.snapshotMs, label: model.asOfLabel },
  });
  return (
    <figure className="report-figure">
      <FigureSvg scene={scene} idPrefix="report" title={`Timeline of ${items.length} events in ${model.lanes.length} lanes, ${model.period}`} fluid />
      <figcaption>
        <strong>Figure 1.</strong> Events {model.period}, by lane. Each mark carries its number in the table that follows; titles are written where they fit, key events first.
      </figcaption>
      <ReportLegend lanes={model.lanes} asOfLabel={model.asOfLabel} />
    </figure>
  );
}
