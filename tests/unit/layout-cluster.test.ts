import { describe, expect, it } from "vitest";
import { clusterMarks } from "@/lib/layout/cluster";

const mark = (id: string, x: number, w = 10) => ({ id, x0: x, x1: x + w, start: x * 1000, end: x * 1000 + 1 });
const options = { gap: 2, maxWidth: 48, capacity: 3, badgeWidth: 30 };

describe("clusterMarks", () => {
  it("draws sparse marks one by one", () => {
    const marks = [mark("a", 0), mark("b", 100), mark("c", 200)];
    const { singles, clusters } = clusterMarks(marks, options);
    expect(singles.map((m) => m.id)).toEqual(["a", "b", "c"]);
    expect(clusters).toEqual([]);
  });

  it("bundles a run denser than the capacity into one cluster with a count and time span", () => {
    const marks = [mark("a", 0), mark("b", 3), mark("c", 6), mark("d", 9), mark("far", 300)];
    const { singles, clusters } = clusterMarks(marks, options);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]!.items.map((m) => m.id)).toEqual(["a", "b", "c", "d"]);
    expect(clusters[0]!.start).toBe(0);
    expect(clusters[0]!.end).toBe(9001);
    expect(singles.map((m) => m.id)).toEqual(["far"]);
  });

  it("never lets a cluster span more than maxWidth: a long dense stretch gives several badges", () => {
    const marks = Array.from({ length: 200 }, (_, i) => mark(`m${i}`, i * 2, 4));
    const { clusters, singles } = clusterMarks(marks, options);
    expect(singles).toEqual([]);
    expect(clusters.length).toBeGreaterThan(3);
    expect(clusters.reduce((n, c) => n + c.items.length, 0)).toBe(200);
  });

  it("badges never overlap each other", () => {
    const marks = Array.from({ length: 300 }, (_, i) => mark(`m${i}`, i * 1.5, 4));
    const { clusters } = clusterMarks(marks, options);
    const centres = clusters.map((c) => (c.x0 + c.x1) / 2);
    for (let i = 1; i < centres.length; i++) expect(centres[i]! - centres[i - 1]!).toBeGreaterThanOrEqual(options.badgeWidth);
  });
});

describe("clusterMarks on many marks", () => {
  it("folds every single mark under a badge into that badge, as a brute-force check would", () => {
    const marks = Array.from({ length: 400 }, (_, i) => mark(`m${i}`, Math.floor((i * 37) % 997) + (i % 5 === 0 ? 0 : 0.5), 4 + (i % 7))).sort((a, b) => a.x0 - b.x0);
    const { singles, clusters } = clusterMarks(marks, options);
    expect(singles.length + clusters.reduce((n, c) => n + c.items.length, 0)).toBe(marks.length);
    for (const single of singles)
      for (const c of clusters) {
        const at = (c.x0 + c.x1) / 2;
        expect(single.x1 > at - options.badgeWidth / 2 && single.x0 < at + options.badgeWidth / 2).toBe(false);
      }
  });
});
