import { describe, expect, it } from "vitest";
import { toTimelineItem, type TimelineItem } from "@/lib/data/items";
import { generateSynthDataset } from "@/lib/synth/generate";
import { DAY_MS } from "@/lib/time/partial-date";
import { createWindowIndex, getDensityBins, queryWindow } from "@/lib/window/window-index";
import { bucketPx, parseWindowParams } from "@/lib/window/params";
import { neighbourWindows, snapWindow } from "@/lib/window/snap";
import { binBy, binWidthFor } from "@/lib/window/bins";
import { getLinksAmong } from "@/lib/window/window-links";

const set = generateSynthDataset({ events: 20_000, seed: 11 });
const items = set.events.map(toTimelineItem);
const laneIds = set.manifest.lanes.map((lane) => lane.id);
const extent = [Date.UTC(2000, 0, 1), Date.UTC(2026, 0, 1)] as const;
const index = createWindowIndex(items, laneIds, extent);

function bruteForce(from: number, to: number, lanes: string[]): TimelineItem[] {
  return items
    .filter((item) => item.start < to && item.end > from && (lanes.length === 0 || lanes.includes(item.lane)))
    .sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : 1));
}

describe("queryWindow", () => {
  it("returns exactly the items intersecting [from, to), ranges that began earlier included", () => {
    const windows = [
      [Date.UTC(2010, 2, 1), Date.UTC(2010, 3, 1)],
      [Date.UTC(2003, 0, 1), Date.UTC(2003, 0, 2)],
      [Date.UTC(2019, 5, 10), Date.UTC(2019, 8, 1)],
      [Date.UTC(1990, 0, 1), Date.UTC(1999, 0, 1)],
    ] as const;
    for (const [from, to] of windows) {
      const result = queryWindow(index, { from, to, lanes: [], px: 1200 }, Infinity);
      expect(result.items.map((item) => item.id)).toEqual(bruteForce(from, to, []).map((item) => item.id));
      expect(result.total).toBe(result.items.length);
      expect(result.complete).toBe(true);
      expect(result.clusters).toEqual([]);
    }
    const spanning = items.find((item) => item.isRange && item.end - item.start > 200 * DAY_MS)!;
    const inside = spanning.start + 100 * DAY_MS;
    expect(queryWindow(index, { from: inside, to: inside + DAY_MS, lanes: [], px: 800 }, Infinity).items).toContainEqual(spanning);
  });

  it("keeps only the asked lanes", () => {
    const from = Date.UTC(2012, 0, 1);
    const to = Date.UTC(2013, 0, 1);
    const result = queryWindow(index, { from, to, lanes: ["military", "economy"], px: 1200 }, Infinity);
    expect(result.items.map((item) => item.id)).toEqual(bruteForce(from, to, ["military", "economy"]).map((item) => item.id));
    expect(new Set(result.items.map((item) => item.lane))).toEqual(new Set(["military", "economy"]));
  });

  it("aggregates into per-lane clusters above the limit, accounting for every item", () => {
    const result = queryWindow(index, { from: extent[0], to: extent[1], lanes: [], px: 1200 }, 2000);
    expect(result.complete).toBe(false);
    expect(result.total).toBe(items.length);
    expect(result.clusters.length).toBeGreaterThan(0);
    const clustered = result.clusters.reduce((sum, c) => sum + c.count, 0);
    expect(clustered + result.items.length).toBe(items.length);
    expect(result.items.length).toBeLessThanOrEqual(2000);
    expect(result.items.filter((item) => item.importance >= 3)).toEqual(items.filter((item) => item.importance >= 3).sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : 1)));
    for (const c of result.clusters) {
      expect(laneIds).toContain(c.lane);
      expect(c.count).toBeGreaterThan(1);
      // Clusters are bins of the one grid: aligned to their width, touching the window.
      expect(c.start % (c.end - c.start)).toBe(0);
      expect(c.end).toBeGreaterThan(extent[0]);
      expect(c.start).toBeLessThan(extent[1]);
    }
  });

  it("sends every item when the window holds no more than the limit", () => {
    const from = Date.UTC(2008, 0, 1);
    const to = Date.UTC(2008, 0, 15);
    const expected = bruteForce(from, to, []);
    const result = queryWindow(index, { from, to, lanes: [], px: 1200 }, expected.length);
    expect(result.complete).toBe(true);
    expect(result.items).toHaveLength(expected.length);
  });
});

describe("getDensityBins", () => {
  it("counts every item once, per lane, on the power-of-two bin grid", () => {
    const density = getDensityBins(items, laneIds, extent, 400);
    expect(Math.log2(density.binWidth) % 1).toBe(0);
    expect(density.lanes.map((row) => row.lane)).toEqual(laneIds);
    for (const row of density.lanes) {
      const counts = row.cells.filter((_, i) => i % 2 === 1);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(items.filter((item) => item.lane === row.lane).length);
      const bins = row.cells.filter((_, i) => i % 2 === 0);
      expect(bins).toEqual([...bins].sort((a, b) => a - b));
    }
    const first = items[0]!;
    const bin = Math.floor((first.start + first.end) / 2 / density.binWidth);
    const cells = density.lanes.find((row) => row.lane === first.lane)!.cells;
    expect(cells[cells.indexOf(bin) + 1]).toBeGreaterThan(0);
  });
});

describe("the one binning", () => {
  it("picks power-of-two widths at least the asked pixels wide, which nest exactly", () => {
    const w = binWidthFor(365 * DAY_MS, 1000, 30);
    expect(Math.log2(w) % 1).toBe(0);
    expect((w / (365 * DAY_MS)) * 1000).toBeGreaterThanOrEqual(30);
    expect((w / 2 / (365 * DAY_MS)) * 1000).toBeLessThan(30);
    const fine = binBy([0, 5, 9, 17, 31], (v) => v, 8);
    expect([...fine]).toEqual([[0, [0, 5]], [1, [9]], [2, [17]], [3, [31]]]);
    const coarse = binBy([0, 5, 9, 17, 31], (v) => v, 16);
    expect([...coarse]).toEqual([[0, [0, 5, 9]], [1, [17, 31]]]);
  });
});

describe("snapWindow", () => {
  it("covers the visible domain and stays put for small pans", () => {
    const domain = [Date.UTC(2015, 3, 3), Date.UTC(2015, 4, 20)] as const;
    const { window, step } = snapWindow(domain);
    expect(window[0]).toBeLessThanOrEqual(domain[0]);
    expect(window[1]).toBeGreaterThanOrEqual(domain[1]);
    expect(window[0] % DAY_MS).toBe(0);
    expect(window[1] - window[0]).toBeLessThan(4 * (domain[1] - domain[0]));
    expect(snapWindow([domain[0] + DAY_MS, domain[1] + DAY_MS]).window).toEqual(window);
    const [before, after] = neighbourWindows(window, step);
    expect(before![1] - before![0]).toBe(window[1] - window[0]);
    expect(after![0]).toBe(window[0] + step);
  });
});

describe("bucketPx", () => {
  it("rounds widths up to a shared step and keeps them in range", () => {
    expect(bucketPx(1180)).toBe(1200);
    expect(bucketPx(1201)).toBe(1400);
    expect(bucketPx(Number.NaN)).toBe(1200);
    expect(bucketPx(1e9)).toBe(8000);
  });
});

describe("parseWindowParams", () => {
  const lanes = ["diplomacy", "military"];
  const parse = (query: string) => parseWindowParams(new URLSearchParams(query), { laneIds: lanes, expertIds: ["ada"] });

  it("reads a well-formed window", () => {
    expect(parse("from=2015-01-01&to=2015-02-01&lanes=military,military&px=900&expert=ada&after=hide")).toEqual({
      ok: true,
      query: { from: Date.UTC(2015, 0, 1), to: Date.UTC(2015, 1, 2), lanes: ["military"], px: 1000 },
      filter: { lanes: ["military"], experts: ["ada"], actor: null, tag: null, hideAfter: true, q: "" },
    });
    expect(parse("from=2015-01-01&to=2015-02-01")).toMatchObject({ ok: true, query: { lanes: [], px: 1200 }, filter: { lanes } });
    expect(parse("from=2025-06-21T18:00Z&to=2025-06-22T06:00Z")).toMatchObject({ ok: true, query: { from: Date.UTC(2025, 5, 21, 18), to: Date.UTC(2025, 5, 22, 6) } });
  });

  it("drops repeated lanes, so a long list of repeats costs no more than one", () => {
    const repeats = Array.from({ length: 100 }, () => "military,diplomacy").join(",");
    expect(parse(`from=2015-01-01&to=2015-02-01&lanes=${repeats}`)).toMatchObject({ ok: true, query: { lanes: ["military", "diplomacy"] } });
  });

  it("rejects malformed windows with a message naming the parameter", () => {
    const cases: [string, RegExp][] = [
      ["to=2015-02-01", /from/],
      ["from=2015-13-01&to=2016-01-01", /from: must be a real date/],
      ["from=2015-02-01&to=2015-01-01", /to: must be after from/],
      ["from=yesterday&to=2015-01-01", /from/],
      ["from=2015-01-01&to=2015-02-01&px=wide", /px/],
      ["from=2015-01-01&to=2015-02-01&lanes=nuclear", /unknown lane "nuclear"/],
      ["from=2015-01-01&to=2015-02-01&lanes=<b>", /lanes/],
      ["from=2015-01-01&to=2015-02-01&expert=ghost", /unknown expert "ghost"/],
    ];
    for (const [query, message] of cases) {
      const result = parse(query);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(message);
    }
  });
});

describe("getLinksAmong", () => {
  it("keeps links whose both ends are shown", () => {
    const related = new Map([
      ["a", [{ id: "b", label: "led to" }, { id: "z", label: "led to" }]],
      ["b", [{ id: "a", label: "response to" }]],
    ]);
    expect(getLinksAmong(["a", "b", "c"], (id) => related.get(id))).toEqual([
      { from: "a", to: "b", label: "led to" },
      { from: "b", to: "a", label: "response to" },
    ]);
  });
});
