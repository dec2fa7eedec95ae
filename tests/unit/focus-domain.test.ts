import { describe, expect, it } from "vitest";
import type { DensityBins } from "@/lib/window/types";
import { DAY_MS } from "@/lib/time/partial-date";
import { countInDensity, focusDomain } from "@/lib/view/focus-domain";

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
// 2000–2025 in 100-day bins on the epoch grid: 1,000 events per bin in lane "a", 10 in lane "b".
const width = 100 * DAY_MS;
const first = Math.floor(utc(2000) / width);
const start = first * width;
const bins = Math.ceil((utc(2025) - start) / width);
const cells = (count: number) => Array.from({ length: bins }, (_, i) => [first + i, count]).flat();
const density: DensityBins = { binWidth: width, lanes: [{ lane: "a", cells: cells(1000) }, { lane: "b", cells: cells(10) }] };

describe("estimating events in a window from density bins", () => {
  it("counts whole bins and the covered share of partial ones, in the chosen lanes only", () => {
    expect(countInDensity(density, [start, start + 100 * DAY_MS], ["a", "b"])).toBe(1010);
    expect(countInDensity(density, [start + 50 * DAY_MS, start + 150 * DAY_MS], ["a"])).toBe(1000);
    expect(countInDensity(density, [start, start + 200 * DAY_MS], ["b"])).toBe(20);
  });
});

describe("focusing a large set's window on an event", () => {
  const whole: [number, number] = [utc(2000), utc(2025)];
  const event: [number, number] = [utc(2003, 6, 1), utc(2003, 6, 2)];

  it("narrows a crowded window around the event until it holds at most the limit", () => {
    const [from, to] = focusDomain(whole, event, density, ["a", "b"], 1000);
    expect(from).toBeLessThanOrEqual(event[0]);
    expect(to).toBeGreaterThanOrEqual(event[1]);
    expect(countInDensity(density, [from, to], ["a", "b"])).toBeLessThanOrEqual(1000);
    expect(to - from).toBeGreaterThanOrEqual(14 * DAY_MS);
  });

  it("moves a sparse window to the event without narrowing it", () => {
    const window: [number, number] = [utc(2020), utc(2022)];
    const [from, to] = focusDomain(window, event, density, ["b"], 1000);
    expect(to - from).toBe(window[1] - window[0]);
    expect(from).toBeLessThan(event[0]);
    expect(to).toBeGreaterThan(event[1]);
  });

  it("never narrows below two weeks, however dense", () => {
    const [from, to] = focusDomain(whole, event, density, ["a"], 1);
    expect(to - from).toBe(14 * DAY_MS);
  });
});
