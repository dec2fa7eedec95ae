import { describe, expect, it } from "vitest";
import { sortForNavigation, stepAcrossLanes, stepInTime } from "@/lib/view/keyboard-nav";

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
