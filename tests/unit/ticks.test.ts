import { describe, expect, it } from "vitest";
import { createTimeScale } from "@/lib/time/scale";
import { createAxisTicks, createContextTicks } from "@/lib/time/ticks";

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);

function ticksFor(from: number, to: number, width: number) {
  return createAxisTicks(createTimeScale([from, to], [0, width]));
}

describe("semantic axis ticks", () => {
  it.each([
    ["23 years in 150 px", utc(2002), utc(2025), 150, "decade"],
    ["23 years in 1100 px", utc(2002), utc(2025), 1100, "year"],
    ["2 years in 1100 px", utc(2024), utc(2026), 1100, "month"],
    ["3 weeks in 1100 px", utc(2025, 4, 1), utc(2025, 4, 22), 1100, "day"],
  ])("$0 → $4 ticks", (_, from, to, width, unit) => {
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
    const ticks = ticksFor(utc(2025, 4, 1), utc(2025, 4, 8), 1000);
    expect(ticks[0]).toMatchObject({ ms: utc(2025, 4, 1), label: "1 Apr" });
  });
});

describe("context row", () => {
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
