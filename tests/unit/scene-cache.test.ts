import { describe, expect, it } from "vitest";
import { layoutOverview } from "@/lib/scene/overview";
import { countOf, formatCount, measureText, wrapText } from "@/lib/scene/text";

describe("measureText", () => {
  it("gives the same width the second time, at every size and weight", () => {
    const text = "Talks resume in Geneva – “round 2”";
    const first = [measureText(text, 11), measureText(text, 13, "bold"), measureText(text, 20)];
    expect([measureText(text, 11), measureText(text, 13, "bold"), measureText(text, 20)]).toEqual(first);
    expect(first[2]!).toBeGreaterThan(first[0]!);
    expect(measureText(text, 13, "bold")).toBeGreaterThan(measureText(text, 13));
  });

  it("measures a wrapped line like the same text measured alone", () => {
    const lines = wrapText("Ceasefire talks resume after a long pause in the capital", 12, 120, 3)!;
    for (const line of lines) expect(measureText(line, 12)).toBeLessThanOrEqual(120);
  });
});

describe("formatCount", () => {
  it("writes counts as toLocaleString('en-GB') does", () => {
    for (const n of [0, 7, 999, 1000, 12345, 1234567]) expect(formatCount(n)).toBe(n.toLocaleString("en-GB"));
  });
});

describe("countOf", () => {
  it("writes a count with its noun, singular for one and the plural otherwise, the count as formatCount writes it", () => {
    expect(countOf(1, "event")).toBe("1 event");
    expect(countOf(0, "event")).toBe("0 events");
    expect(countOf(12345, "event")).toBe("12,345 events");
    expect(countOf(2, "match", "matches")).toBe("2 matches");
    expect(countOf(1, "match", "matches")).toBe("1 match");
  });
});

describe("layoutOverview", () => {
  const density = { binWidth: 86_400_000, lanes: [{ lane: "a", cells: [0, 3, 5, 1, 9, 7] }] };
  const lanes = [{ id: "a", label: "A", colour: "#123456" }];
  const bounds: [number, number] = [0, 20 * 86_400_000];
  const geometry = { x0: 10, x1: 410, y0: 300, height: 40 };

  it("keeps the strip for another window and moves only the window and nothing else", () => {
    const a = layoutOverview(density, lanes, bounds, [0, 5 * 86_400_000], geometry, null);
    const b = layoutOverview(density, lanes, bounds, [5 * 86_400_000, 10 * 86_400_000], geometry, 86_400_000);
    expect(b.shades).toBe(a.shades);
    expect(b.ticks).toBe(a.ticks);
    expect(b.window.x0).toBeGreaterThan(a.window.x0);
    expect(b.snapshotX).toBe(30);
  });

  it("draws the strip anew for other lanes or another size", () => {
    const a = layoutOverview(density, lanes, bounds, bounds, geometry, null);
    const wider = layoutOverview(density, lanes, bounds, bounds, { ...geometry, x1: 810 }, null);
    const recoloured = layoutOverview(density, [{ ...lanes[0]!, colour: "#654321" }], bounds, bounds, geometry, null);
    expect(wider.shades[0]!.d).not.toBe(a.shades[0]!.d);
    expect(recoloured.shades[0]!.colour).toBe("#654321");
  });
});
