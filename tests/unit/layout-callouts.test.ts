import { describe, expect, it } from "vitest";
import { placeCallouts } from "@/lib/layout/callout-layout";

const band = { x0: 0, x1: 1000, rows: 2 };

function overlapping(a: { x0: number; width: number; row: number }, b: { x0: number; width: number; row: number }) {
  return a.row === b.row && a.x0 < b.x0 + b.width && b.x0 < a.x0 + a.width;
}

describe("placeCallouts", () => {
  it("centres a lone callout on its anchor", () => {
    expect(placeCallouts([{ id: "a", anchorX: 500, width: 200 }], band)).toEqual([{ id: "a", anchorX: 500, x0: 400, width: 200, row: 0 }]);
  });

  it("keeps callouts inside the band at the edges", () => {
    const [placed] = placeCallouts([{ id: "a", anchorX: 20, width: 200 }], band);
    expect(placed!.x0).toBe(0);
  });

  it("never overlaps: crowded callouts move to the second row, then to the side", () => {
    const inputs = ["a", "b", "c", "d"].map((id, i) => ({ id, anchorX: 300 + i * 10, width: 200 }));
    const placed = placeCallouts(inputs, band);
    expect(placed).toHaveLength(4);
    for (const a of placed) for (const b of placed) if (a !== b) expect(overlapping(a, b)).toBe(false);
    expect(new Set(placed.map((p) => p.row))).toEqual(new Set([0, 1]));
  });

  it("leaves out callouts that fit nowhere rather than stacking them", () => {
    const inputs = Array.from({ length: 20 }, (_, i) => ({ id: `n${i}`, anchorX: 500, width: 300 }));
    const placed = placeCallouts(inputs, band);
    expect(placed.length).toBeLessThan(20);
    for (const a of placed) for (const b of placed) if (a !== b) expect(overlapping(a, b)).toBe(false);
  });

  it("omits callouts whose anchor is out of view, and is stable through a pan (same relative layout)", () => {
    const inputs = [{ id: "a", anchorX: 300, width: 100 }, { id: "b", anchorX: 600, width: 100 }, { id: "off", anchorX: -50, width: 100 }];
    const before = placeCallouts(inputs, band);
    const after = placeCallouts(inputs.map((c) => ({ ...c, anchorX: c.anchorX + 50 })), band);
    expect(before.map((p) => p.id)).toEqual(["a", "b"]);
    expect(after.filter((p) => p.id !== "off").map((p) => p.x0)).toEqual(before.map((p) => p.x0 + 50));
  });

  it("slides a callout left of a neighbour when the space right of it is full", () => {
    const oneRow = { x0: 0, x1: 1000, rows: 1 };
    const placed = placeCallouts([{ id: "a", anchorX: 850, width: 200 }, { id: "b", anchorX: 950, width: 200 }], oneRow);
    expect(placed.map((p) => p.id)).toEqual(["a", "b"]);
    const [a, b] = placed;
    expect(b!.x0 + b!.width).toBeLessThanOrEqual(1000);
    expect(Math.max(a!.x0, b!.x0)).toBeGreaterThanOrEqual(Math.min(a!.x0, b!.x0) + 200);
  });

  it("leaves a callout out rather than park it far from its anchor", () => {
    const oneRow = { x0: 0, x1: 1000, rows: 1 };
    const placed = placeCallouts([{ id: "a", anchorX: 900, width: 200 }, { id: "b", anchorX: 900, width: 200 }, { id: "c", anchorX: 900, width: 200 }], oneRow);
    expect(placed.map((p) => p.id)).toEqual(["a", "b"]);
    for (const p of placed) expect(Math.abs(p.x0 + p.width / 2 - p.anchorX)).toBeLessThanOrEqual(300);
  });

  it("places callouts in the order given, so the important ones win", () => {
    const oneRow = { x0: 0, x1: 300, rows: 1 };
    const placed = placeCallouts([{ id: "active", anchorX: 150, width: 200 }, { id: "other", anchorX: 140, width: 200 }], oneRow);
    expect(placed.map((p) => p.id)).toEqual(["active"]);
  });
});
