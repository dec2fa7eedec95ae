import { describe, expect, it } from "vitest";
import { placeLabels } from "@/lib/layout/label-collision";

const rect = (x0: number, x1: number, y0 = 0, y1 = 10) => ({ x0, x1, y0, y1 });
const bounds = { x0: 0, x1: 1000 };

describe("placeLabels", () => {
  it("places labels that do not collide on their first choice", () => {
    const chosen = placeLabels([{ id: "a", options: [rect(10, 60)] }, { id: "b", options: [rect(100, 150)] }], [], bounds);
    expect([...chosen]).toEqual([["a", 0], ["b", 0]]);
  });

  it("falls back to the next option when the first collides, and drops labels with no room", () => {
    const chosen = placeLabels(
      [
        { id: "a", options: [rect(10, 60)] },
        { id: "b", options: [rect(40, 90), rect(70, 120)] },
        { id: "c", options: [rect(50, 100)] },
      ],
      [],
      bounds,
    );
    expect(chosen.get("a")).toBe(0);
    expect(chosen.get("b")).toBe(1);
    expect(chosen.has("c")).toBe(false);
  });

  it("does not write over other marks, but may touch its own", () => {
    const obstacles = [{ id: "a", ...rect(10, 20) }, { id: "other", ...rect(30, 40) }];
    const chosen = placeLabels([{ id: "a", options: [rect(15, 35), rect(15, 25)] }], obstacles, bounds);
    expect(chosen.get("a")).toBe(1);
  });

  it("keeps labels inside the plot", () => {
    expect(placeLabels([{ id: "a", options: [rect(980, 1040)] }], [], bounds).has("a")).toBe(false);
  });

  it("gives earlier (higher-priority) candidates first pick", () => {
    const chosen = placeLabels([{ id: "selected", options: [rect(0, 50)] }, { id: "other", options: [rect(0, 50)] }], [], bounds);
    expect(chosen.has("selected")).toBe(true);
    expect(chosen.has("other")).toBe(false);
  });
});
