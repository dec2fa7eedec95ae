import { describe, expect, it } from "vitest";
import { packRows } from "@/lib/layout/pack-rows";

describe("packRows", () => {
  it("keeps marks that do not overlap on one row", () => {
    expect(packRows([{ x0: 0, x1: 10 }, { x0: 20, x1: 30 }, { x0: 40, x1: 50 }], 2, 3)).toEqual([0, 0, 0]);
  });
  it("moves an overlapping mark to the next free row", () => {
    expect(packRows([{ x0: 0, x1: 10 }, { x0: 5, x1: 15 }, { x0: 11, x1: 20 }], 0, 3)).toEqual([0, 1, 0]);
  });
  it("never uses more than maxRows", () => {
    const rows = packRows(Array.from({ length: 10 }, () => ({ x0: 0, x1: 10 })), 0, 3);
    expect(Math.max(...rows)).toBe(2);
  });
});
