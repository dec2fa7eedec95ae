import { describe, expect, it } from "vitest";
import { validateDataset } from "@/lib/data/validate";
import { generateSynthDataset } from "@/lib/synth/generate";
import { createRandom } from "@/lib/synth/random";

describe("createRandom", () => {
  it("repeats the same sequence for the same seed and differs for another", () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const first = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(first);
    expect(Array.from({ length: 5 }, c)).not.toEqual(first);
    for (const value of first) expect(value >= 0 && value < 1).toBe(true);
  });
});

describe("generateSynthDataset", () => {
  const set = generateSynthDataset({ events: 5000, seed: 3 });

  it("is deterministic for a seed", () => {
    expect(generateSynthDataset({ events: 5000, seed: 3 })).toEqual(set);
    expect(generateSynthDataset({ events: 5000, seed: 4 }).events).not.toEqual(set.events);
  });

  it("writes exactly N events in seven lanes over 2000–2025, with a few experts", () => {
    expect(set.events).toHaveLength(5000);
    expect(set.manifest.lanes).toHaveLength(7);
    expect(set.manifest.experts.length).toBeGreaterThanOrEqual(2);
    expect(new Set(set.events.map((event) => event.lane)).size).toBe(7);
    for (const event of set.events) {
      expect(event.date >= "2000" && event.date <= "2025-12-31").toBe(true);
      if (event.end) expect(event.end <= "2025-12-31").toBe(true);
    }
  });

  it("passes the same validation as data:check", () => {
    const result = validateDataset({ manifest: set.manifest, events: set.events, annotations: set.annotations });
    expect(result.ok ? [] : result.problems.slice(0, 3)).toEqual([]);
  });

  it("mixes precisions, ranges, links and anchored annotations in the asked proportions", () => {
    const share = (count: number) => count / set.events.length;
    const byPrecision = (p: string) => share(set.events.filter((event) => event.precision === p).length);
    expect(byPrecision("day")).toBeGreaterThan(0.8);
    expect(byPrecision("month")).toBeGreaterThan(0.05);
    expect(byPrecision("year")).toBeGreaterThan(0.02);
    expect(share(set.events.filter((event) => event.end).length)).toBeCloseTo(0.1, 1);
    expect(share(set.events.filter((event) => event.related.length > 0).length)).toBeCloseTo(0.05, 1);
    expect(set.annotations).toHaveLength(50);
    for (const note of set.annotations) expect(note.anchors.events.length).toBeGreaterThan(0);
  });

  it("clumps events around a few dates rather than spreading them evenly", () => {
    const perMonth = new Map<string, number>();
    for (const event of set.events) {
      const month = event.date.slice(0, 7);
      perMonth.set(month, (perMonth.get(month) ?? 0) + 1);
    }
    const counts = [...perMonth.values()].sort((a, b) => b - a);
    const even = set.events.length / (26 * 12);
    expect(counts[0]!).toBeGreaterThan(even * 5);
  });
});

describe("generateSynthDataset with spread", () => {
  const perMonth = (events: readonly { date: string }[]) => {
    const counts = new Map<string, number>();
    for (const event of events) counts.set(event.date.slice(0, 7), (counts.get(event.date.slice(0, 7)) ?? 0) + 1);
    return counts;
  };

  it("gives the same clumped set whether or not the spread is named", () => {
    expect(generateSynthDataset({ events: 2000, seed: 7, spread: "clumped" })).toEqual(generateSynthDataset({ events: 2000, seed: 7 }));
  });

  it("spreads events evenly over every month when asked, and still validates", () => {
    const even = generateSynthDataset({ events: 5000, seed: 3, spread: "even" });
    expect(even.events).toHaveLength(5000);
    expect(even.manifest.id).toBe("synthetic-5000-even");
    const days = even.events.filter((event) => event.precision === "day");
    const counts = [...perMonth(days).values()];
    const mean = days.length / (26 * 12);
    // Every month of the 26 years has events, and none has more than twice its share.
    expect(counts).toHaveLength(26 * 12);
    expect(Math.max(...counts)).toBeLessThan(mean * 2);
    const result = validateDataset({ manifest: even.manifest, events: even.events, annotations: even.annotations });
    expect(result.ok ? [] : result.problems.slice(0, 3)).toEqual([]);
  });
});
