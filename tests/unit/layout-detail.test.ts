import { describe, expect, it } from "vitest";
import { layoutDetail } from "@/lib/layout/detail-layout";
import { estimateTextWidth } from "@/lib/layout/text-width";
import { createTimeScale } from "@/lib/time/scale";
import type { TimelineItem } from "@/lib/data/items";

const DAY = 86_400_000;
const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const item = (id: string, lane: string, start: number, extra: Partial<TimelineItem> = {}): TimelineItem => ({
  id, title: `Event ${id}`, lane, start, end: start + DAY, precision: "day", isRange: false, dateLabel: "", ...extra,
});
const size = { x0: 100, x1: 1100, top: 40, laneHeight: 60, rowHeight: 17 };
const x = createTimeScale([day(2010, 1, 1), day(2020, 1, 1)], [size.x0, size.x1]);

describe("layoutDetail", () => {
  it("stacks lanes in the order given, each mark inside its lane band", () => {
    const layout = layoutDetail([item("a", "two", day(2012, 1, 1)), item("b", "one", day(2014, 1, 1))], ["two", "one"], x, size);
    expect(layout.lanes.map((l) => [l.id, l.y0])).toEqual([["two", 40], ["one", 100]]);
    const a = layout.marks.find((m) => m.id === "a")!;
    expect(a.y).toBeGreaterThan(40);
    expect(a.y).toBeLessThan(100);
  });

  it("draws marks by what their dates say: points, bars, and month spans covering the whole month", () => {
    const month = item("m", "one", day(2015, 4, 1), { end: day(2015, 5, 1), precision: "month" });
    const range = item("r", "one", day(2012, 1, 1), { end: day(2013, 1, 1), isRange: true });
    const layout = layoutDetail([item("p", "one", day(2011, 1, 1)), range, month], ["one"], x, size);
    expect(Object.fromEntries(layout.marks.map((m) => [m.id, m.kind]))).toEqual({ p: "point", r: "bar", m: "span" });
    const r = layout.marks.find((m) => m.id === "r")!;
    expect(r.x0).toBeCloseTo(x(day(2012, 1, 1)));
    expect(r.x1).toBeCloseTo(x(day(2013, 1, 1)));
    const m = layout.marks.find((mk) => mk.id === "m")!;
    expect((m.x0 + m.x1) / 2).toBeCloseTo((x(day(2015, 4, 1)) + x(day(2015, 5, 1))) / 2);
  });

  it("packs overlapping marks into separate rows of the lane", () => {
    const layout = layoutDetail([item("a", "one", day(2012, 1, 1)), item("b", "one", day(2012, 1, 3))], ["one"], x, size);
    const [a, b] = layout.marks;
    expect(a!.y).not.toBe(b!.y);
  });

  it("leaves out events outside the window and lanes not listed", () => {
    const layout = layoutDetail([item("old", "one", day(2001, 1, 1)), item("gone", "hidden", day(2012, 1, 1))], ["one"], x, size);
    expect(layout.marks).toEqual([]);
  });

  it("turns events too dense to draw separately into a count cluster per lane", () => {
    const dense = Array.from({ length: 30 }, (_, i) => item(`d${i}`, "one", day(2012, 1, 1) + i * DAY));
    const layout = layoutDetail([...dense, item("alone", "two", day(2012, 1, 1))], ["one", "two"], x, size);
    expect(layout.clusters).toHaveLength(1);
    expect(layout.clusters[0]).toMatchObject({ lane: "one", count: 30 });
    expect(layout.marks.map((m) => m.id)).toEqual(["alone"]);
  });

  it("keeps the selected event out of a count cluster, drawn as itself", () => {
    const dense = Array.from({ length: 30 }, (_, i) => item(`d${i}`, "one", day(2012, 1, 1) + i * DAY));
    const layout = layoutDetail(dense, ["one"], x, size, (id) => (id === "d7" ? 2 : 0));
    expect(layout.clusters[0]).toMatchObject({ count: 29 });
    expect(layout.clusters[0]!.ids).not.toContain("d7");
    expect(layout.marks.map((m) => m.id)).toEqual(["d7"]);
  });

  it("labels marks where there is room and never lets two labels in a row overlap", () => {
    const many = Array.from({ length: 30 }, (_, i) => item(`e${i}`, "one", day(2010, 2, 1) + i * 120 * DAY));
    const layout = layoutDetail(many, ["one"], x, size);
    const labelled = layout.marks.filter((m) => m.label !== null);
    expect(labelled.length).toBeGreaterThan(10);
    const rects = labelled.map((m) => {
      const w = estimateTextWidth(m.label!, 11);
      return m.labelSide === "right" ? { y: m.y, x0: m.x1 + 4, x1: m.x1 + 4 + w } : { y: m.y, x0: m.x0 - 4 - w, x1: m.x0 - 4 };
    });
    for (const a of rects) for (const b of rects) if (a !== b && a.y === b.y) expect(a.x1 <= b.x0 || b.x1 <= a.x0).toBe(true);
  });

  it("gives the selected event its label first when two events compete for one place", () => {
    const tight = { ...size, laneHeight: 25 };
    const pair = [item("a", "one", day(2010, 1, 1)), item("b", "one", day(2010, 1, 1))];
    const plain = layoutDetail(pair, ["one"], x, tight);
    expect(plain.marks.find((m) => m.id === "a")!.label).toBe("Event a");
    expect(plain.marks.find((m) => m.id === "b")!.label).toBeNull();
    const selected = layoutDetail(pair, ["one"], x, tight, (id) => (id === "b" ? 2 : 0));
    expect(selected.marks.find((m) => m.id === "b")!.label).toBe("Event b");
    expect(selected.marks.find((m) => m.id === "a")!.label).toBeNull();
  });
});
