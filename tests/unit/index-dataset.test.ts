import { describe, expect, it } from "vitest";
import { indexDataset } from "@/lib/data/index-dataset";
import { validateDataset } from "@/lib/data/validate";
import { generateSynthDataset } from "@/lib/synth/generate";

describe("indexDataset", () => {
  const set = generateSynthDataset({ events: 3000, seed: 9 });
  const result = validateDataset({ manifest: set.manifest, events: set.events, annotations: set.annotations });
  if (!result.ok) throw new Error("synthetic set must validate");
  const data = indexDataset(result.dataset);

  it("sorts events by start, then id", () => {
    const starts = data.events.map((event) => data.intervalById.get(event.id)![0]);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(data.events).toHaveLength(3000);
  });

  it("lists every annotation under each event it anchors, in file order", () => {
    for (const [id, notes] of data.annotationsByEvent) {
      const expected = set.annotations.filter((note) => note.anchors.events.includes(id));
      expect(notes.map((note) => note.id)).toEqual(expected.map((note) => note.id));
    }
    const anchored = new Set(set.annotations.flatMap((note) => note.anchors.events));
    expect(data.annotationsByEvent.size).toBe(anchored.size);
  });

  it("lists for each event the events that link to it, with their labels", () => {
    const links = data.events.flatMap((event) => event.related.map((link) => ({ from: event.id, ...link })));
    expect([...data.incomingById.values()].reduce((sum, list) => sum + list.length, 0)).toBe(links.length);
    for (const link of links) expect(data.incomingById.get(link.id)).toContainEqual({ id: link.from, label: link.label });
  });
});
