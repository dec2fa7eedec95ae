import { readFileSync } from "node:fs";
import path from "node:path";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { indexDataset } from "@/lib/data/index-dataset";
import { validateDataset, type Dataset } from "@/lib/data/validate";
import { bundleFiles, isBundle } from "@/lib/interop/bundle";
import { exportCsv } from "@/lib/interop/export-csv";
import { exportIcs } from "@/lib/interop/export-ics";
import { exportTimelineJs } from "@/lib/interop/export-timelinejs";
import { exportView } from "@/lib/interop/export-view";
import { importText } from "@/lib/interop/import";
import { formatImportProblem } from "@/lib/interop/problems";

function load(dir: string): Dataset {
  const read = (file: string) => JSON.parse(readFileSync(path.resolve("tests/fixtures", dir, file), "utf8")) as unknown;
  const result = validateDataset({ manifest: read("dataset.json"), events: read("events.json"), annotations: read("annotations.json"), stories: dir === "good" ? read("stories.json") : [] });
  if (!result.ok) throw new Error("fixture does not validate");
  return result.dataset;
}

function reimport(fileName: string, text: string, options: { zone?: string; into?: Dataset } = {}): Dataset {
  const result = importText({ fileName, text, ...options });
  if (!result.ok) throw new Error(result.problems.map(formatImportProblem).join("\n"));
  return result.dataset;
}

const good = load("good");
const timed = load("timed");

describe("our JSON → TimelineJS JSON → import", () => {
  it("gives the same events back, times and zones included", () => {
    for (const set of [good, timed]) {
      const back = reimport("t.json", JSON.stringify(exportTimelineJs(set, set.events)));
      expect(back.events).toEqual(set.events);
      expect(back.manifest.lanes.map((lane) => [lane.id, lane.label])).toEqual(set.manifest.lanes.map((lane) => [lane.id, lane.label]));
      expect(back.manifest.title).toBe(set.manifest.title);
    }
  });

  it("keeps dates, precision, groups and the first source through TimelineJS alone (without our extension)", () => {
    const plain = exportTimelineJs(good, good.events) as { events: Record<string, unknown>[] };
    for (const slide of plain.events) delete slide.snapshots;
    const back = reimport("t.json", JSON.stringify(plain));
    const essentials = (set: Dataset) =>
      set.events.map((e) => ({ id: e.id, title: e.title, summary: e.summary, date: e.date, end: e.end, precision: e.precision, lane: set.manifest.lanes.find((l) => l.id === e.lane)!.label, source: e.sources[0] }));
    expect(essentials(back)).toEqual(essentials(good));
  });

  it("carries precision by leaving parts out, and times on the event's own clock", () => {
    const tl = exportTimelineJs(timed, timed.events) as { events: { unique_id: string; start_date: object; display_date?: string }[] };
    const strike = tl.events.find((slide) => slide.unique_id === "strikes-on-fordow")!;
    expect(strike.start_date).toEqual({ year: 2025, month: 6, day: 22, hour: 2, minute: 30 });
    expect(strike.display_date).toBe("22 June 2025, 02:30 Tehran");
    const talks = (exportTimelineJs(good, good.events) as { events: { unique_id: string; start_date: object }[] }).events.find((s) => s.unique_id === "talks")!;
    expect(talks.start_date).toEqual({ year: 2025, month: 4 });
  });
});

describe("CSV → import → CSV", () => {
  it("is stable", () => {
    const first = exportCsv(timed.events);
    const set = reimport("events.csv", first);
    expect(exportCsv(set.events)).toBe(first);
    const again = reimport("events.csv", exportCsv(good.events));
    expect(exportCsv(again.events)).toBe(exportCsv(good.events));
  });

  it("guards cells a spreadsheet would run as formulas, and reads them back as written", () => {
    const event = { ...good.events[0]!, related: [], title: "=HYPERLINK(\"http://evil\")", summary: "+1 and -1" };
    const csv = exportCsv([event]);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(reimport("x.csv", csv).events[0]).toMatchObject({ title: event.title, summary: event.summary });
  });
});

describe("ICS", () => {
  const parse = (text: string) =>
    new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));

  it("parses with ical.js: one VEVENT per event, all-day periods and UTC instants", () => {
    const events = parse(exportIcs(good, good.events).concat(""));
    expect(events).toHaveLength(good.events.length);
    const byUid = new Map(events.map((event) => [event.uid, event]));
    const deal = byUid.get("deal@fixture.snapshots")!;
    expect([deal.startDate.isDate, deal.startDate.toString(), deal.endDate.toString()]).toEqual([true, "2015-07-14", "2015-07-15"]);
    const talks = byUid.get("talks@fixture.snapshots")!;
    expect([talks.startDate.toString(), talks.endDate.toString()]).toEqual(["2025-04-01", "2025-05-01"]);
    const buildup = byUid.get("buildup@fixture.snapshots")!;
    expect([buildup.startDate.toString(), buildup.endDate.toString()]).toEqual(["2019-01-01", "2020-01-01"]);
    const war = byUid.get("war@fixture.snapshots")!;
    expect([war.startDate.toString(), war.endDate.toString()]).toEqual(["2025-06-13", "2025-06-25"]);
    expect(deal.description).toContain("Sources:\n1. Report — Agency. https://example.org/deal");
  });

  it("writes timed events as UTC instants, across midnight", () => {
    const events = parse(exportIcs(timed, timed.events));
    const strike = events.find((event) => event.uid === "strikes-on-fordow@june-strikes.snapshots")!;
    expect(strike.startDate.isDate).toBe(false);
    expect(strike.startDate.toJSDate().toISOString()).toBe("2025-06-21T23:00:00.000Z");
    expect(strike.endDate.toJSDate().toISOString()).toBe("2025-06-21T23:01:00.000Z");
    expect(strike.startDate.zone.tzid).toBe("UTC");
  });

  it("is the same file for the same view (stable UIDs and stamp)", () => {
    expect(exportIcs(good, good.events)).toBe(exportIcs(good, good.events));
  });
});

describe("exporting a view", () => {
  const data = indexDataset(good);

  it("filters as the report does and names the file like the PDF", () => {
    const result = exportView(data, { format: "csv", from: "2025-01-01", to: "2025-12-31", lanes: "military" });
    expect(result).toMatchObject({ ok: true, fileName: "fixture_2025-01-01_2025-12-31.csv", count: 1 });
    if (result.ok) expect(result.body).toContain("war,");
    expect(exportView(data, { format: "timelinejs", from: "2015-01-01", to: "2025-12-31" })).toMatchObject({ fileName: "fixture_2015-01-01_2025-12-31.timeline.json", count: 4 });
  });

  it("answers bad parameters with errors that name them", () => {
    expect(exportView(data, { format: "xls" })).toEqual({ ok: false, errors: ["format: must be one of csv, json, timelinejs, ics"] });
    expect(exportView(data, { format: "csv", lanes: "navy" })).toMatchObject({ ok: false, errors: [expect.stringMatching(/^lanes: unknown id 'navy'/)] });
    expect(exportView(data, { format: "csv", from: "2025-01-01" })).toMatchObject({ ok: false, errors: ["to: give both from and to, or neither"] });
  });

  it("writes a data set JSON of the view that data:check accepts, links and anchors cut to what is left", () => {
    const result = exportView(data, { format: "json", from: "2015-01-01", to: "2015-12-31" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const bundle = JSON.parse(result.body) as unknown;
    expect(isBundle(bundle)).toBe(true);
    const subset = validateDataset(bundleFiles(bundle as Parameters<typeof bundleFiles>[0]));
    expect(subset.ok).toBe(true);
    if (!subset.ok) return;
    expect(subset.dataset.events.map((e) => e.id)).toEqual(["deal"]);
    expect(subset.dataset.events[0]!.related).toEqual([]);
    expect(subset.dataset.annotations.map((a) => a.id)).toEqual(["ada-deal"]);
    expect(subset.dataset.stories).toEqual([]);
    // The same file imports back into a directory.
    expect(reimport("view.json", result.body).events.map((e) => e.id)).toEqual(["deal"]);
  });

  it("imports back in every format when the view's events link to events outside it", () => {
    const query = { from: "2015-01-01", to: "2015-12-31" };
    expect(good.events.find((e) => e.id === "deal")!.related.length).toBeGreaterThan(0);
    for (const format of ["csv", "timelinejs", "json"] as const) {
      const result = exportView(data, { format, ...query });
      if (!result.ok) throw new Error(result.errors.join("; "));
      const back = reimport(result.fileName, result.body);
      expect(back.events.map((e) => e.id), format).toEqual(["deal"]);
      expect(back.events[0]!.related, format).toEqual([]);
    }
  });
});
