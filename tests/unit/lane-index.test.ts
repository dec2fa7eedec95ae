import { describe, expect, it } from "vitest";
import { createLaneIndex, itemsInWindow } from "@/lib/layout/lane-index";
import { layoutDetail } from "@/lib/layout/detail-layout";
import { createTimeScale } from "@/lib/time/scale";
import type { TimelineItem } from "@/lib/data/items";

const DAY = 86_400_000;
const item = (id: string, lane: string, start: number, days = 1): TimelineItem => ({
  id, title: `Event ${id}`, lane, start: start * DAY, end: (start + days) * DAY, precision: "day", isRange: days > 1, dateLabel: "",
});

describe("createLaneIndex / itemsInWindow", () => {
  const items = [item("late", "a", 50), item("long", "a", 0, 40), item("early", "a", 5), item("other", "b", 20), item("mid", "a", 20)];
  const index = createLaneIndex(items);
  const ids = (from: number, to: number, lane = "a") => itemsInWindow(index, lane, from * DAY, to * DAY).map((i) => i.id);

  it("returns a lane's items overlapping the window, in start order", () => {
    expect(ids(19, 30)).toEqual(["long", "mid"]);
    expect(ids(0, 100)).toEqual(["long", "early", "mid", "late"]);
  });

  it("finds a long span that started well before the window", () => {
    expect(ids(35, 45)).toEqual(["long"]);
  });

  it("matches a brute-force filter on many random windows", () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const many = Array.from({ length: 500 }, (_, i) => item(`e${i}`, i % 2 ? "a" : "b", Math.floor(rand() * 1000), 1 + Math.floor(rand() ** 4 * 300)));
    const big = createLaneIndex(many);
    for (let k = 0; k < 50; k++) {
      const from = rand() * 1100 * DAY;
      const to = from + rand() * 200 * DAY;
      const want = many.filter((i) => i.lane === "a" && i.end > from && i.start < to).map((i) => i.id).sort();
      expect(itemsInWindow(big, "a", from, to).map((i) => i.id).sort()).toEqual(want);
    }
  });

  it("returns nothing for an unknown lane", () => {
    expect(ids(0, 100, "zzz")).toEqual([]);
  });

  it("lays out the same frame from an index as from the item list", () => {
    const x = createTimeScale([0, 60 * DAY], [100, 1100]);
    const size = { x0: 100, x1: 1100, top: 40, laneHeight: 60, rowHeight: 17 };
    expect(layoutDetail(index, ["a", "b"], x, size)).toEqual(layoutDetail(items, ["a", "b"], x, size));
  });
});
