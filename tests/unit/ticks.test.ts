import { describe, expect, it } from "vitest";
import { createTimeScale } from "@/lib/time/scale";
import { createAxisTicks } from "@/lib/time/ticks";

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
