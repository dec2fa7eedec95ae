import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { indexDataset, type IndexedDataset } from "@/lib/data/index-dataset";
import { readDatasetDir } from "@/lib/data/read-dir";

let data: IndexedDataset;
let article: string;

beforeAll(async () => {
  const result = await readDatasetDir(path.resolve("data"));
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.file}: ${p.record}: ${p.field}: ${p.message}`).join("\n"));
  data = indexDataset(result.dataset);
  // A verbatim copy of ../shared/seed/expert-snapshots-us-iran-nuclear-talks.txt.
  article = await readFile(path.resolve("tests/fixtures/expert-snapshots-article.txt"), "utf8");
});

describe("the built-in US–Iran data set", () => {
  it("holds at least 50 events in the seven lanes", () => {
    expect(data.events.length).toBeGreaterThanOrEqual(50);
    expect(data.lanes.map((l) => l.id)).toEqual(["diplomacy", "us", "iran", "israel-region", "un-iaea-e3", "military", "nuclear-program"]);
  });

  it.each([
    ["jcpoa-agreed-vienna", "2015-07-14", undefined],
    ["us-withdraws-from-jcpoa", "2018-05-08", undefined],
    ["iran-true-promise-attack-on-israel", "2024-04-13", "2024-04-14"],
    ["iran-election-first-round-2024", "2024-06-28", undefined],
    ["pezeshkian-wins-runoff", "2024-07-05", undefined],
    ["us-iran-talks-round-2-rome", "2025-04-19", undefined],
  ])("dates %s exactly", (id, date, end) => {
    const event = data.eventById.get(id);
    expect(event).toMatchObject({ date, precision: "day" });
    expect(event?.end).toBe(end);
  });

  it("quotes every expert word for word, attributed as the article does", () => {
    expect(data.manifest.experts.map((e) => e.name).sort()).toEqual(["Alam Saleh", "Clemens Chay", "Ludovica Castelli", "Sachi Sakanashi"]);
    for (const expert of data.manifest.experts) {
      expect(article).toContain(expert.name);
      expect(article).toContain(expert.institution);
    }
    for (const note of data.annotations) {
      expect(article, note.id).toContain(note.quote);
      expect(note.source.url).toBe("https://mei.nus.edu.sg/?p=38986");
    }
  });

  it("gives every expert annotations anchored to events", () => {
    for (const expert of data.manifest.experts)
      expect(data.annotations.filter((n) => n.expert === expert.id && n.anchors.events.length > 0).length).toBeGreaterThan(0);
  });

  it("links the withdrawal to the sanctions and Iran's reduced commitments", () => {
    const reachable = new Set<string>();
    const walk = (id: string) => {
      for (const link of data.eventById.get(id)?.related ?? []) {
        if (reachable.has(link.id)) continue;
        reachable.add(link.id);
        walk(link.id);
      }
    };
    walk("us-withdraws-from-jcpoa");
    expect(reachable).toContain("us-sanctions-reimposed-first-tranche");
    expect(reachable).toContain("iran-first-step-reducing-commitments");
  });

  it("draws the snapshot line in April 2025, no earlier than the latest event the commentary discusses", () => {
    expect(data.manifest.asOf).toMatch(/^2025-04-/);
    const anchored = data.annotations.flatMap((n) => n.anchors.events);
    const latestDiscussed = Math.max(...anchored.map((id) => data.intervalById.get(id)![0]));
    expect(data.snapshotMs).toBeGreaterThanOrEqual(latestDiscussed);
  });
});
