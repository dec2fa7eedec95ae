import type { IndexedDataset } from "../data/index-dataset";
import type { Annotation, Expert, Lane, Source, TimelineEvent } from "../schema";
import { formatEventDateWithUtc } from "../time/format";
import { partialDateInterval } from "../time/partial-date";
import type { TimeDomain } from "../time/scale";
import type { ViewState } from "../view/view-state";
import { filterReportEvents, overlaps } from "./filter-events";
import { formatPeriod } from "./period";
import { wholeDays } from "../view/domain";
import { numberSources, type NumberedSource } from "./number-sources";
import { snapshotLabel } from "../view/snapshot";
import { hasCommentary } from "../data/snapshots";

export interface ReportEntry {
  event: TimelineEvent;
  lane: Lane;
  dateLabel: string;
  sourceNumbers: number[];
}

export interface ReportComment {
  annotation: Annotation;
  expert: Expert;
  /** Titles of the shown events this quote is anchored to, in order. */
  anchoredTo: { id: string; title: string; dateLabel: string }[];
  sourceNumber: number;
}

export interface ReportModel {
  window: TimeDomain;
  period: string;
  lanes: Lane[];
  entries: ReportEntry[];
  comments: ReportComment[];
  sources: NumberedSource[];
  /** Plain-language filters beyond the period, e.g. 'text "Rome"', for the title block. */
  filters: string[];
  /** The snapshot line's label (lib/view/snapshot.ts); null for a set without commentary, which has no line and no commentary section. */
  asOfLabel: string | null;
}

function commentsFor(data: IndexedDataset, view: ViewState, shown: ReadonlySet<string>, window: TimeDomain): Annotation[] {
  const experts = new Set(view.experts);
  const firstShown = (note: Annotation) => {
    const ids = note.anchors.events.filter((id) => shown.has(id));
    return ids.length ? Math.min(...ids.map((id) => data.intervalById.get(id)![0])) : null;
  };
  const start = (note: Annotation) => firstShown(note) ?? partialDateInterval(note.anchors.range!.from)[0];
  return data.annotations
    .filter((note) => experts.size === 0 || experts.has(note.expert))
    .filter((note) => {
      if (firstShown(note) !== null) return true;
      const range = note.anchors.range;
      if (!range || note.anchors.events.length > 0) return false;
      return overlaps([partialDateInterval(range.from)[0], partialDateInterval(range.to)[1]], window);
    })
    .sort((a, b) => start(a) - start(b) || a.expert.localeCompare(b.expert) || a.id.localeCompare(b.id));
}

/** Everything a report shows for one view, derived once: what the page renders and the tests check. */
export function createReportModel(data: IndexedDataset, view: ViewState): ReportModel {
  const window = wholeDays(view.domain);
  const laneById = new Map(data.lanes.map((lane) => [lane.id, lane]));
  const events = filterReportEvents(data, view, window);
  const notes = commentsFor(data, view, new Set(events.map((event) => event.id)), window);
  const cited: Source[][] = [...events.map((event) => event.sources), ...notes.map((note) => [note.source])];
  const { sources, numbersFor } = numberSources(cited);
  const entries = events.map((event, i) => ({
    event,
    lane: laneById.get(event.lane)!,
    dateLabel: formatEventDateWithUtc(event),
    sourceNumbers: numbersFor[i]!,
  }));
  const entryById = new Map(entries.map((entry) => [entry.event.id, entry]));
  const comments = notes.map((annotation, i) => ({
    annotation,
    expert: data.expertById.get(annotation.expert)!,
    anchoredTo: annotation.anchors.events
      .filter((id) => entryById.has(id))
      .map((id) => ({ id, title: entryById.get(id)!.event.title, dateLabel: entryById.get(id)!.dateLabel })),
    sourceNumber: numbersFor[events.length + i]![0]!,
  }));
  const filters: string[] = [];
  if (view.lanes.length < data.lanes.length) filters.push(`lanes: ${view.lanes.map((id) => laneById.get(id)!.label).join(", ")}`);
  if (view.experts.length) filters.push(`commentary by ${view.experts.map((id) => data.expertById.get(id)!.name).join(", ")}`);
  if (view.q) filters.push(`text “${view.q}”`);
  if (view.actor) filters.push(`actor: ${view.actor}`);
  if (view.tag) filters.push(`tag: ${view.tag}`);
  if (view.hideAfter) filters.push("events after the commentary hidden");
  return {
    window,
    period: formatPeriod(window),
    lanes: view.lanes.map((id) => laneById.get(id)!),
    entries,
    comments,
    sources,
    filters,
    asOfLabel: hasCommentary(data) ? snapshotLabel(data.manifest) : null,
  };
}
