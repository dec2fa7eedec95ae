import { describe, expect, it } from "vitest";
import { percentile } from "@/scripts/bench/stats";

describe("the bench's one percentile (frames, draws, scene builds, the report's median)", () => {
  const twenty = Array.from({ length: 20 }, (_, i) => i + 1);
  it("takes the nearest rank, the upper value at a tie", () => {
    expect(percentile([1, 2, 3, 4], 50)).toBe(3);
    expect(percentile([5, 7, 9], 50)).toBe(7);
    expect(percentile(twenty, 95)).toBe(20);
    expect(percentile(twenty, 90)).toBe(19);
    expect(percentile(twenty, 100)).toBe(20);
  });
  it("says nothing of an empty list", () => {
    expect(percentile([], 95)).toBeNull();
  });
});
