import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { indexDataset } from "@/lib/data/index-dataset";
import { formatProblem } from "@/lib/data/problem";
import { toTimelineItem } from "@/lib/data/items";
import { validateDataset } from "@/lib/data/validate";
import { createReportModel } from "@/lib/report/report-model";
import { datasetViewContext as getViewContext } from "@/lib/view/view-context";
import { parseViewState } from "@/lib/view/view-state";

const TIMED = path.resolve("tests/fixtures/timed");
const read = (file: string) => JSON.parse(readFileSync(path.join(TIMED, file), "utf8")) as unknown;
const base = { manifest: read("dataset.json"), annotations: [], stories: [] };
const source = { title: "t", publisher: "p", url: "https://example.org/x" };

function problemsOf(events: object[]): string[] {
  const result = validateDataset({ ...base, events: events.map((e, i) => ({ id: `e${i}`, title: "T", summary: "S", lane: "us", sources: [source], ...e })) });
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe("timed dates in a data set", () => {
  it("accepts the timed fixture and orders its events by instant, not by the written text", () => {
    const result = validateDataset({ ...base, events: read("events.json"), annotations: read("annotations.json") });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // 02:30 in Tehran on the 22nd is 23:00 UTC on the 21st; the 22:00 address in New York is 02:00 UTC on the 22nd.
    expect(result.dataset.events.map((e) => e.id)).toEqual(["strikes-on-fordow", "emergency-session", "address", "missiles-on-al-udeid"]);
    const data = indexDataset(result.dataset);
    expect(data.intervalById.get("strikes-on-fordow")).toEqual([Date.parse("2025-06-21T23:00Z"), Date.parse("2025-06-21T23:01Z")]);
  });

  it("needs an offset or a zone for a time, a real IANA zone, and no zone on calendar dates", () => {
    expect(problemsOf([{ date: "2025-06-22T02:30", precision: "minute" }])).toEqual([
      'events.json: e0: date: "2025-06-22T02:30" has a time of day but no UTC offset: add one (…+03:30, …Z) or give the event a zone',
    ]);
    expect(problemsOf([{ date: "2025-06-22T02:30", precision: "minute", zone: "Tehran" }])).toEqual([
      "events.json: e0: zone: must be an IANA time zone name such as Asia/Tehran or UTC",
    ]);
    expect(problemsOf([{ date: "2025-06-22", precision: "day", zone: "Asia/Tehran" }])).toEqual([
      'events.json: e0: zone: a zone applies only to hour or minute precision, not "day" (calendar dates have no zone)',
    ]);
  });

  it("checks that precision matches the written form", () => {
    expect(problemsOf([{ date: "2025-06-22T02:30Z", precision: "hour" }])).toEqual(['events.json: e0: date: "2025-06-22T02:30Z" does not match precision "hour"']);
    expect(problemsOf([{ date: "2025-06-22", precision: "minute" }])).toEqual(['events.json: e0: date: "2025-06-22" does not match precision "minute"']);
    expect(problemsOf([{ date: "2025-06-22T25:00Z", precision: "minute" }])).toEqual(['events.json: e0: date: "2025-06-22T25:00Z" is not a real date and time']);
  });

  it("compares start and end as instants, across offsets", () => {
    // 19:00 in Washington (23:00 UTC) to 02:30 in Tehran (23:00 UTC): the same instant, so it is fine.
    expect(problemsOf([{ date: "2025-06-21T19:00-04:00", end: "2025-06-22T02:30+03:30", precision: "minute" }])).toEqual([]);
    // 20:00 in Washington is 00:00 UTC; 02:30 in Tehran is 23:00 UTC the day before.
    expect(problemsOf([{ date: "2025-06-21T20:00-04:00", end: "2025-06-22T02:30+03:30", precision: "minute" }])).toEqual([
      "events.json: e0: end: ends (2025-06-22T02:30+03:30) before it starts (2025-06-21T20:00-04:00)",
    ]);
  });
});

describe("timed events in the views", () => {
  const result = validateDataset({ ...base, events: read("events.json"), annotations: read("annotations.json") });
  if (!result.ok) throw new Error("timed fixture does not validate");
  const data = indexDataset(result.dataset);

  it("labels chart items on the event's own clock, with UTC for hover, as points", () => {
    const item = toTimelineItem(data.eventById.get("strikes-on-fordow")!);
    expect(item).toMatchObject({ dateLabel: "22 June 2025, 02:30 Tehran", utcLabel: "21 June 2025, 23:00 UTC", start: Date.parse("2025-06-21T23:00Z") });
    expect(item.isRange).toBeUndefined();
    expect(toTimelineItem(data.eventById.get("emergency-session")!).utcLabel).toBeUndefined();
  });

  it("gives the report both clocks", () => {
    const view = parseViewState({ from: "2025-06-21", to: "2025-06-24" }, getViewContext(data));
    expect(createReportModel(data, view).entries.map((entry) => entry.dateLabel)).toEqual([
      "22 June 2025, 02:30 Tehran (21 June, 23:00 UTC)",
      "22 June 2025",
      "21 June 2025, 22:00–23:00 New York (22 June, 02:00–03:00 UTC)",
      "23 June 2025, 19:30–20:15 UTC+03:30 (23 June, 16:00–16:45 UTC)",
    ]);
  });
});
