import { beforeAll, describe, expect, it } from "vitest";
import type { IndexedDataset } from "@/lib/data/index-dataset";
import { filterReportEvents } from "@/lib/report/filter-events";
import { createReportModel } from "@/lib/report/report-model";
import { datasetViewContext } from "@/lib/view/view-context";
import { parseViewState } from "@/lib/view/view-state";
import { loadIndexedFixture } from "./fixture-scene";

let data: IndexedDataset;
beforeAll(async () => {
  data = await loadIndexedFixture("good");
});

const view = (query: string) => parseViewState(new URLSearchParams(query), datasetViewContext(data));
const ids = (query: string) => createReportModel(data, view(query)).entries.map((entry) => entry.event.id);

describe("events in a report", () => {
  it("keeps events that touch the period, the last day included, in date order", () => {
    expect(ids("from=2015-01-01&to=2025-06-30")).toEqual(["deal", "buildup", "talks", "war"]);
    expect(ids("from=2015-07-15&to=2025-06-12")).toEqual(["buildup", "talks"]);
    expect(ids("from=2015-01-01&to=2015-07-14")).toEqual(["deal"]);
  });

  it("counts a year-precision event for any window inside its year", () => {
    expect(ids("from=2019-06-01&to=2019-06-30")).toEqual(["buildup"]);
  });

  it("shows only the chosen lanes", () => {
    expect(ids("from=2015-01-01&to=2025-06-30&lanes=military")).toEqual(["buildup", "war"]);
  });

  it("matches every word of the text query against title, summary, actors and tags", () => {
    expect(ids("from=2015-01-01&to=2025-06-30&q=deal")).toEqual(["deal"]);
    expect(ids("from=2015-01-01&to=2025-06-30&q=deal+b")).toEqual(["deal"]);
    expect(ids("from=2015-01-01&to=2025-06-30&q=TALKS")).toEqual(["talks"]);
    expect(ids("from=2015-01-01&to=2025-06-30&q=nothing-like-this")).toEqual([]);
  });

  it("keeps only events an expert's commentary is anchored to when an expert is chosen", () => {
    expect(ids("from=2015-01-01&to=2025-06-30&expert=ada")).toEqual(["deal"]);
  });

  it("applies the explorer's actor, tag and hide-after filters", () => {
    expect(ids("from=2015-01-01&to=2025-06-30&actor=A")).toEqual(["deal"]);
    expect(ids("from=2015-01-01&to=2025-06-30&tag=deal")).toEqual(["deal"]);
    expect(ids("from=2015-01-01&to=2025-06-30&after=hide")).toEqual(["deal", "buildup", "talks"]);
  });

  it("filters a window directly", () => {
    const filter = { lanes: ["diplomacy"], experts: [], actor: null, tag: null, hideAfter: false, q: "" };
    const shown = filterReportEvents(data, filter, [Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1)]);
    expect(shown.map((event) => event.id)).toEqual(["talks"]);
  });
});

describe("the report model", () => {
  it("numbers sources in order of citation, the commentary's source after the events'", () => {
    const model = createReportModel(data, view("from=2015-01-01&to=2025-06-30"));
    expect(model.entries.map((entry) => entry.sourceNumbers)).toEqual([[1], [2], [3], [4]]);
    expect(model.sources.map((source) => source.url)).toEqual([
      "https://example.org/deal",
      "http://example.org/buildup",
      "https://example.org/talks",
      "https://example.org/war",
      "https://example.org/article",
    ]);
    expect(model.comments[0]!.sourceNumber).toBe(5);
  });

  it("includes commentary anchored to a shown event, with who said it and on what", () => {
    const model = createReportModel(data, view("from=2015-01-01&to=2016-01-01"));
    expect(model.comments).toHaveLength(1);
    expect(model.comments[0]!.expert.name).toBe("Ada Expert");
    expect(model.comments[0]!.anchoredTo).toEqual([{ id: "deal", title: "Deal agreed", dateLabel: "14 July 2015" }]);
  });

  it("leaves out commentary whose events are all outside the report", () => {
    expect(createReportModel(data, view("from=2020-01-01&to=2025-06-30")).comments).toEqual([]);
  });

  it("states the period as exactly as its edges allow, and the filters in words", () => {
    const model = createReportModel(data, view("from=2015-01-01&to=2025-06-30&lanes=military&q=war"));
    expect(model.period).toBe("January 2015 – June 2025");
    expect(model.filters).toEqual(["lanes: Military", "text “war”"]);
    // The snapshot line is named as the set names it; without a label, by its day.
    expect(model.asOfLabel).toBe("Snapshot, April 2025");
    const unlabelled = { ...data, manifest: { ...data.manifest, asOfLabel: undefined } };
    expect(createReportModel(unlabelled, view("from=2015-01-01&to=2025-06-30")).asOfLabel).toBe("Commentary as of 19 April 2025");
  });

  it("has no snapshot line for a set without commentary in any snapshot", () => {
    const bare = { ...data, annotations: [], allAnnotations: [], annotationsByEvent: new Map() };
    expect(createReportModel(bare, view("from=2015-01-01&to=2025-06-30")).asOfLabel).toBeNull();
  });
});
