import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { indexDataset, type IndexedDataset } from "@/lib/data/index-dataset";
import { toTimelineItem, type TimelineItem } from "@/lib/data/items";
import { readDatasetDir } from "@/lib/data/read-dir";
import { generateSynthDataset } from "@/lib/synth/generate";
import { decodeItems, decodeWindow, encodeItems, encodeWindow } from "@/lib/window/wire";

// The window query keeps items as columns (the page's dehydrated state carries them): what comes out must
// be what went in, field for field, and smaller.
let data: IndexedDataset;

beforeAll(async () => {
  const result = await readDatasetDir(path.resolve("data"));
  if (!result.ok) throw new Error("the built-in set should load");
  data = indexDataset(result.dataset);
});

describe("window items as columns", () => {
  it("give back every item of the built-in set exactly, optional fields included", () => {
    const items = data.events.map(toTimelineItem);
    const back = decodeItems(JSON.parse(JSON.stringify(encodeItems(items))));
    expect(back).toEqual(items);
    // The set has each kind of optional field, so the test covers them.
    expect(items.some((item) => item.shortTitle)).toBe(true);
    expect(items.some((item) => item.isRange)).toBe(true);
    expect(items.some((item) => item.unverified)).toBe(true);
  });

  it("keep optional fields on their own items only", () => {
    const base = { lane: "a", start: 0, end: 1, precision: "day" as const, dateLabel: "1 January 1970", importance: 1 };
    const items: TimelineItem[] = [
      { id: "x", title: "X", ...base },
      { id: "y", title: "Y", ...base, lane: "b", shortTitle: "Why", isRange: true, utcLabel: "00:00 UTC" },
      { id: "z", title: "Z", ...base, unverified: "one source" },
    ];
    expect(decodeItems(encodeItems(items))).toEqual(items);
    expect(decodeItems(encodeItems([]))).toEqual([]);
  });

  it("round-trip a whole window response and take far fewer bytes for 1,000 events", () => {
    const synth = indexDataset({ ...generateSynthDataset({ events: 1000, seed: 1 }), stories: [] });
    const items = synth.events.map(toTimelineItem);
    const response = { items, clusters: [], total: items.length, complete: true, notes: [] };
    expect(decodeWindow(encodeWindow(response))).toEqual(response);
    expect(JSON.stringify(encodeWindow(response)).length).toBeLessThan(JSON.stringify(response).length * 0.7);
  });
});
