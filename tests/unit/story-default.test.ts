import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { indexDataset, type IndexedDataset } from "@/lib/data/index-dataset";
import { readDatasetDir } from "@/lib/data/read-dir";
import type { Story } from "@/lib/schema";
import { stepDomain } from "@/lib/story/slides";

let data: IndexedDataset;

beforeAll(async () => {
  const result = await readDatasetDir(path.join(process.cwd(), "data"));
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.file}: ${p.record}: ${p.field}: ${p.message}`).join("\n"));
  data = indexDataset(result.dataset);
});

/** Steps move forward in time and each highlighted event lies inside its step's window. */
function expectInOrderAndInside(story: Story) {
  let previous = -Infinity;
  for (const step of story.steps) {
    const [from, to] = stepDomain(step);
    expect(from, step.title).toBeGreaterThanOrEqual(previous);
    previous = from;
    for (const id of step.events) {
      const [start, end] = data.intervalById.get(id)!;
      expect(start >= from && end <= to, `${step.title}: ${id}`).toBe(true);
    }
  }
}

/** Every one of `ids` is highlighted in some step of the story. */
function expectShows(story: Story, ids: string[]) {
  const shown = new Set(story.steps.flatMap((step) => step.events));
  for (const id of ids) expect(shown, id).toContain(id);
}

describe("the default story, From the JCPOA to the Rome talks", () => {
  const story = () => data.stories[0]!;

  it("is the data set's first story and has 8 to 12 steps", () => {
    expect(story().id).toBe("jcpoa-to-rome");
    expect(story().title).toBe("From the JCPOA to the Rome talks");
    expect(story().steps.length).toBeGreaterThanOrEqual(8);
    expect(story().steps.length).toBeLessThanOrEqual(12);
  });

  it("covers the deal, the withdrawal, the April 2024 strikes, the 2024 election, the Rome talks, the war and snapback", () => {
    expectShows(story(), [
      "jcpoa-agreed-vienna",
      "us-withdraws-from-jcpoa",
      "iran-true-promise-attack-on-israel",
      "pezeshkian-wins-runoff",
      "us-presidential-election-2024",
      "us-iran-talks-round-2-rome",
      "israel-iran-12-day-war",
      "e3-trigger-snapback",
    ]);
  });

  it("moves forward in time and shows every highlighted event inside its step's window", () => {
    expectInOrderAndInside(story());
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

describe("the second story, After Rome", () => {
  const story = () => data.stories.find((s) => s.id === "after-rome")!;

  it("has 8 to 12 steps, each highlighting 1 to 12 events inside its window, in time order", () => {
    expect(story()).toBeDefined();
    expect(story().steps.length).toBeGreaterThanOrEqual(8);
    expect(story().steps.length).toBeLessThanOrEqual(12);
    expectInOrderAndInside(story());
    for (const step of story().steps) {
      expect(step.events.length, step.title).toBeGreaterThanOrEqual(1);
      expect(step.events.length, step.title).toBeLessThanOrEqual(12);
      expect(step.notes.length, step.title).toBeGreaterThan(200);
    }
  });

  it("goes from the Rome round through the June 2025 war and snapback to the 2026 war, the ceasefire and the record's last event", () => {
    expectShows(story(), [
      "us-iran-talks-round-2-rome",
      "israel-iran-12-day-war",
      "un-sanctions-reimposed",
      "iaea-board-resolution-nov-2025",
      "iran-ends-cairo-understanding",
      "iran-protest-crackdown-jan-2026",
      "us-iran-talks-feb-2026",
      "us-israel-strikes-iran-feb-2026",
      "khamenei-killed",
      "us-iran-ceasefire-apr-2026",
    ]);
    const latest = [...data.events].sort((a, b) => data.intervalById.get(b.id)![0] - data.intervalById.get(a.id)![0])[0]!;
    expect(story().steps.at(-1)!.events).toContain(latest.id);
  });

  it("quotes only annotations from the article, on most of its steps", () => {
    const ids = new Set(data.annotations.map((a) => a.id));
    for (const step of story().steps) for (const id of step.quotes) expect(ids.has(id), `${step.title}: ${id}`).toBe(true);
    expect(story().steps.filter((step) => step.quotes.length > 0).length).toBeGreaterThanOrEqual(8);
  });
});

describe("the first story's last step", () => {
  const last = () => data.stories[0]!.steps.at(-1)!;

  it("dates snapback to the day and the hour, and names everyone who disputes it", () => {
    expect(last().summary).toMatch(/27–28 September 2025/);
    expect(last().notes).toMatch(/20:00 New York time on 27 September \(00:00 GMT on 28 September\)/);
    expect(last().notes).toMatch(/Iran, Russia and China/);
  });

  it("no longer says the record ends there, and hands on to After Rome", () => {
    expect(last().notes).not.toMatch(/where this record ends/);
    expect(last().notes).toMatch(/After Rome/);
    expect(last().events).toContain("iran-ends-cairo-understanding");
  });
});
