import { describe, expect, it } from "vitest";
import { createTimeScale } from "@/lib/time/scale";
import { createAxisTicks, createContextTicks } from "@/lib/time/ticks";

const utc = (y: number, m = 1, d = 1, h = 0, min = 0) => Date.UTC(y, m - 1, d, h, min);
const HOUR = 3_600_000;

function ticksFor(from: number, to: number, width: number) {
  return createAxisTicks(createTimeScale([from, to], [0, width]));
}

describe("semantic axis ticks", () => {
  it.each([
    ["23 years in 150 px", utc(2002), utc(2025), 150, "decade"],
    ["23 years in 1100 px", utc(2002), utc(2025), 1100, "year"],
    ["2 years in 1100 px", utc(2024), utc(2026), 1100, "month"],
    ["3 weeks in 1100 px", utc(2025, 4, 1), utc(2025, 4, 22), 1100, "day"],
    ["2 days in 1100 px", utc(2025, 6, 21), utc(2025, 6, 23), 1100, "hour"],
    ["6 hours in 1100 px", utc(2025, 6, 21, 20), utc(2025, 6, 22, 2), 1100, "minute"],
    ["1 hour in 1100 px", utc(2025, 6, 21, 23), utc(2025, 6, 22), 1100, "minute"],
    ["20 minutes in 390 px", utc(2025, 6, 21, 23), utc(2025, 6, 21, 23, 20), 390, "minute"],
  ])("%s", (_, from, to, width, unit) => {
    const ticks = ticksFor(from, to, width);
    expect(ticks.length).toBeGreaterThan(1);
    expect(ticks.every((t) => t.unit === unit)).toBe(true);
  });

  it("labels never overlap: neighbouring ticks are further apart than a label", () => {
    for (const width of [200, 390, 800, 1280, 1920]) {
      const scale = createTimeScale([utc(2002), utc(2025, 12, 31)], [0, width]);
      const ticks = createAxisTicks(scale);
      for (let i = 1; i < ticks.length; i++) expect(scale(ticks[i]!.ms) - scale(ticks[i - 1]!.ms)).toBeGreaterThan(44);
    }
  });

  it("labels are UTC dates formatted with date-fns", () => {
    const ticks = ticksFor(utc(2025, 4, 1), utc(2025, 4, 8), 700);
    expect(ticks[0]).toMatchObject({ ms: utc(2025, 4, 1), label: "1 Apr" });
  });
});

// Observable Plot style: one row per domain, from minutes to decades, with the step and the first labels it gets.
describe("tick table from minutes to decades (1200 px)", () => {
  it.each([
    ["10 minutes", utc(2025, 6, 21, 23, 55), utc(2025, 6, 22, 0, 5), "minute", 60_000, ["23:55", "23:56", "23:57"]],
    ["1 hour", utc(2025, 6, 21, 23, 30), utc(2025, 6, 22, 0, 30), "minute", 5 * 60_000, ["23:30", "23:35", "23:40"]],
    ["5 hours", utc(2025, 6, 21, 22), utc(2025, 6, 22, 3), "minute", 15 * 60_000, ["22:00", "22:15", "22:30"]],
    ["1 day", utc(2025, 6, 21), utc(2025, 6, 22), "hour", HOUR, ["00:00", "01:00", "02:00"]],
    ["3 days", utc(2025, 6, 20), utc(2025, 6, 23), "hour", 3 * HOUR, ["00:00", "03:00", "06:00"]],
    ["1 week", utc(2025, 6, 16), utc(2025, 6, 23), "day", 24 * HOUR, ["16 Jun", "17 Jun", "18 Jun"]],
    ["3 weeks", utc(2025, 6, 1), utc(2025, 6, 22), "day", 2 * 24 * HOUR, ["1 Jun", "3 Jun", "5 Jun"]],
    ["3 months", utc(2025, 4, 1), utc(2025, 7, 1), "day", 7 * 24 * HOUR, ["7 Apr", "14 Apr", "21 Apr"]],
    ["4 weeks across a month end", utc(2025, 5, 20), utc(2025, 6, 17), "day", 2 * 24 * HOUR, ["21 May", "23 May", "25 May"]],
    ["1 year", utc(2025, 1, 1), utc(2026, 1, 1), "month", null, ["Jan 2025", "Feb 2025", "Mar 2025"]],
    ["4 years", utc(2022, 1, 1), utc(2026, 1, 1), "month", null, ["Jan 2022", "Jul 2022", "Jan 2023"]],
    ["23 years", utc(2002, 1, 1), utc(2025, 1, 1), "year", null, ["2002", "2004", "2006"]],
    ["120 years", utc(1900, 1, 1), utc(2020, 1, 1), "decade", null, ["1900", "1910", "1920"]],
    ["600 years", utc(1500, 1, 1), utc(2100, 1, 1), "decade", null, ["1500", "1550", "1600"]],
  ])("%s", (_, from, to, unit, step, first) => {
    const ticks = ticksFor(from, to, 1200);
    expect(ticks[0]!.unit).toBe(unit);
    expect(ticks.slice(0, 3).map((t) => t.label)).toEqual(first);
    if (step !== null) expect(ticks[1]!.ms - ticks[0]!.ms).toBe(step);
    const scale = createTimeScale([from, to], [0, 1200]);
    for (let i = 1; i < ticks.length; i++) expect(scale(ticks[i]!.ms) - scale(ticks[i - 1]!.ms)).toBeGreaterThan(36);
  });
});

describe("context row", () => {
  it("names the UTC day under hour ticks, across midnight", () => {
    const scale = createTimeScale([utc(2025, 6, 21, 18), utc(2025, 6, 22, 6)], [0, 1100]);
    const ticks = createAxisTicks(scale);
    expect(ticks[0]!.unit).toBe("hour");
    expect(createContextTicks(scale, "hour").map((t) => t.label)).toEqual(["Sat 21 June 2025 UTC", "Sun 22 June 2025 UTC"]);
  });

  it("names the day under minute ticks", () => {
    const scale = createTimeScale([utc(2025, 6, 21, 23, 40), utc(2025, 6, 22, 0, 10)], [0, 1100]);
    expect(createContextTicks(scale, "minute").map((t) => t.ms)).toEqual([utc(2025, 6, 21), utc(2025, 6, 22)]);
  });

  it("names the years under month ticks, starting with the year the window starts in", () => {
    const scale = createTimeScale([utc(2024, 6, 1), utc(2026, 3, 1)], [0, 1100]);
    const context = createContextTicks(scale, "month");
    expect(context.map((t) => t.label)).toEqual(["2024", "2025", "2026"]);
  });

  it("names the month under day ticks", () => {
    const scale = createTimeScale([utc(2025, 4, 10), utc(2025, 5, 3)], [0, 1100]);
    expect(createContextTicks(scale, "day").map((t) => t.label)).toEqual(["April 2025", "May 2025"]);
  });

  it("has nothing to add under year or decade ticks", () => {
    expect(createContextTicks(createTimeScale([utc(2002), utc(2025)], [0, 1100]), "year")).toEqual([]);
  });
});
