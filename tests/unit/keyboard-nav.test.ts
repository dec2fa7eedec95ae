import { describe, expect, it } from "vitest";
import { sortForNavigation, stepAcrossLanes, stepInTime } from "@/lib/view/keyboard-nav";
import { followDomain } from "@/lib/view/domain";

const lanes = ["diplomacy", "nuclear", "military"];
const item = (id: string, lane: string, start: number, end = start + 1) => ({ id, lane, start, end });
const items = sortForNavigation(
  [item("d2", "diplomacy", 20), item("n1", "nuclear", 12), item("d1", "diplomacy", 10), item("m1", "military", 30), item("hidden", "other", 15)],
  lanes,
);

describe("keyboard navigation order", () => {
  it("walks events in time order, leaving out lanes that are not shown", () => {
    expect(items.map((i) => i.id)).toEqual(["d1", "n1", "d2", "m1"]);
  });

  it("→ and ← step to the next and previous event in time, stopping at the ends", () => {
    expect(stepInTime(items, "n1", 1, [0, 100])?.id).toBe("d2");
    expect(stepInTime(items, "n1", -1, [0, 100])?.id).toBe("d1");
    expect(stepInTime(items, "m1", 1, [0, 100])?.id).toBe("m1");
    expect(stepInTime(items, "d1", -1, [0, 100])?.id).toBe("d1");
  });

  it("with nothing focused, → starts at the first event in the window and ← at the last", () => {
    expect(stepInTime(items, null, 1, [11, 25])?.id).toBe("n1");
    expect(stepInTime(items, null, -1, [11, 25])?.id).toBe("d2");
  });

  it("↓ and ↑ move to the nearest event in time in the next lane with events", () => {
    expect(stepAcrossLanes(items, lanes, "d2", 1, 0)?.id).toBe("n1");
    expect(stepAcrossLanes(items, lanes, "n1", 1, 0)?.id).toBe("m1");
    expect(stepAcrossLanes(items, lanes, "n1", -1, 0)?.id).toBe("d1");
    expect(stepAcrossLanes(items, lanes, "d1", -1, 0)?.id).toBe("d1");
  });

  it("skips lanes without events", () => {
    const sparse = sortForNavigation([item("d1", "diplomacy", 10), item("m1", "military", 12)], lanes);
    expect(stepAcrossLanes(sparse, lanes, "d1", 1, 0)?.id).toBe("m1");
  });

  it("returns nothing when there is nothing to walk", () => {
    expect(stepInTime([], null, 1, [0, 1])).toBeNull();
  });
});

describe("the window after a keyboard step", () => {
  const day = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
  const bounds: [number, number] = [day(2000), day(2030)];
  const window: [number, number] = [day(2015), day(2026)];

  it("stays put while the event is inside it, even near an edge", () => {
    expect(followDomain(window, day(2015, 4, 2), bounds)).toBe(window);
    expect(followDomain(window, day(2025, 12, 30), bounds)).toBe(window);
  });

  it("moves the least that brings an event outside it in, keeping its width", () => {
    const later = followDomain(window, day(2027), bounds);
    expect(later[1] - later[0]).toBe(window[1] - window[0]);
    expect(later[1]).toBeGreaterThan(day(2027));
    expect(later[1] - day(2027)).toBeCloseTo((window[1] - window[0]) * 0.1, -3);
    const earlier = followDomain(window, day(2014), bounds);
    expect(day(2014) - earlier[0]).toBeCloseTo((window[1] - window[0]) * 0.1, -3);
  });
});
