import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { indexDataset, type IndexedDataset } from "@/lib/data/index-dataset";
import { readDatasetDir } from "@/lib/data/read-dir";
import { stepDomain } from "@/lib/story/slides";

let data: IndexedDataset;

beforeAll(async () => {
  const result = await readDatasetDir(path.join(process.cwd(), "data"));
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.file}: ${p.record}: ${p.field}: ${p.message}`).join("\n"));
  data = indexDataset(result.dataset);
});

describe("the default story, From the JCPOA to the Rome talks", () => {
  const story = () => data.stories[0]!;

  it("is the data set's first story and has 8 to 12 steps", () => {
    expect(story().id).toBe("jcpoa-to-rome");
    expect(story().title).toBe("From the JCPOA to the Rome talks");
    expect(story().steps.length).toBeGreaterThanOrEqual(8);
    expect(story().steps.length).toBeLessThanOrEqual(12);
  });

  it("covers the deal, the withdrawal, the April 2024 strikes, the 2024 election, the Rome talks, the war and snapback", () => {
    const shown = new Set(story().steps.flatMap((step) => step.events));
    for (const id of [
      "jcpoa-agreed-vienna",
      "us-withdraws-from-jcpoa",
      "iran-true-promise-attack-on-israel",
      "pezeshkian-wins-runoff",
      "us-presidential-election-2024",
      "us-iran-talks-round-2-rome",
      "israel-iran-12-day-war",
      "e3-trigger-snapback",
    ])
      expect(shown, id).toContain(id);
  });

  it("moves forward in time and shows every highlighted event inside its step's window", () => {
    let previous = -Infinity;
    for (const step of story().steps) {
      const [from, to] = stepDomain(step);
      expect(from, step.title).toBeGreaterThanOrEqual(previous);
      previous = from;
      for (const id of step.events) {
        const [start, end] = data.intervalById.get(id)!;
        expect(start >= from && end <= to, `${step.title}: ${id}`).toBe(true);
      }
    }
  });

  it("has speaker notes on every step and quotes all four experts", () => {
    for (const step of story().steps) expect(step.notes.length, step.title).toBeGreaterThan(200);
    const quoted = new Set(story().steps.flatMap((step) => step.quotes).map((id) => data.annotations.find((a) => a.id === id)!.expert));
    expect([...quoted].sort()).toEqual(data.manifest.experts.map((expert) => expert.id).sort());
  });

  it("quotes on each slide an annotation anchored to that slide's period", () => {
    const step5 = story().steps[4]!;
    expect(step5.quotes).toEqual(["saleh-latent-nuclear-state"]);
    expect(step5.events).toContain("damascus-consulate-strike");
  });

  it("tells Midnight Hammer as it happened and the deal's dates as they were", () => {
    expect(story().steps[10]!.summary).toMatch(/B-2 bombers strike Fordow and Natanz and Tomahawk missiles hit Isfahan/);
    expect(story().steps[0]!.summary).toMatch(/adopted on 18 October 2015 and implemented on 16 January 2016/);
    expect(story().steps[0]!.notes).toMatch(/300 kilograms of uranium hexafluoride/);
  });

  it("passes the snapshot line and ends after it", () => {
    const windows = story().steps.map(stepDomain);
    expect(windows.some(([from, to]) => from <= data.snapshotMs && data.snapshotMs <= to)).toBe(true);
    expect(windows.at(-1)![0]).toBeGreaterThan(data.snapshotMs);
  });
});
