import path from "node:path";
import { describe, expect, it } from "vitest";
import { readDatasetDir } from "@/lib/data/read-dir";
import { fromRecords, toRecords } from "@/lib/data/records";
import { latestSnapshot, listSnapshots, snapshotIdOf } from "@/lib/data/snapshots";
import { validateDataset, validateRecord, type RecordRefs } from "@/lib/data/validate";
import { toDataFiles } from "@/lib/interop/bundle";

async function raw(dir: string) {
  const loaded = await readDatasetDir(path.resolve(dir));
  if (!loaded.ok) throw new Error(`${dir} does not load`);
  return loaded;
}

const refs: RecordRefs = {
  laneIds: new Set(["diplomacy", "un"]),
  expertIds: new Set(["ada-lovel"]),
  eventIds: new Set(["talks-round-1", "talks-round-2"]),
  annotationIds: new Set(["ada-talks-legitimacy"]),
  snapshotIds: new Set(["spring-2025"]),
};

describe("a set as records", () => {
  it.each(["tests/fixtures/desk", "tests/fixtures/good", "data"])("splits %s into records and puts it back unchanged, keys in order", async (dir) => {
    const loaded = await raw(dir);
    const records = toRecords(loaded.raw);
    expect(records[0]).toMatchObject({ kind: "manifest", id: "manifest" });
    expect(records.filter((r) => r.kind === "event").map((r) => r.id)).toEqual((loaded.raw.events as { id: string }[]).map((e) => e.id));
    expect(toDataFiles(fromRecords(records))).toEqual(toDataFiles({ ...loaded.raw, stories: loaded.raw.stories ?? [] }));
  });
});

describe("commentary snapshots", () => {
  it("a set without snapshots has one, from its manifest's asOf, holding every note", async () => {
    const { dataset } = (await raw("tests/fixtures/good")) as { dataset: import("@/lib/data/validate").Dataset };
    const [only, ...rest] = listSnapshots(dataset.manifest);
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ asOf: dataset.manifest.asOf, asOfLabel: dataset.manifest.asOfLabel, implicit: true });
    expect(snapshotIdOf(dataset.annotations[0]!, [only!])).toBe(only!.id);
  });

  it("the latest is the one with the latest asOf; a note without a snapshot belongs to the first", () => {
    const list = listSnapshots({
      id: "x", title: "x", description: "x", asOf: "2025-04-19", lanes: [], experts: [],
      snapshots: [
        { id: "spring", title: "Spring", asOf: "2025-04-19" },
        { id: "autumn", title: "Autumn", asOf: "2025-10-02", asOfLabel: "Autumn notes" },
      ],
    });
    expect(latestSnapshot(list).id).toBe("autumn");
    expect(list[0]!.asOfLabel).toBe("Commentary as of 19 April 2025");
    expect(snapshotIdOf({}, list)).toBe("spring");
  });

  it("data:check refuses a note naming an unknown snapshot and two snapshots with one id", async () => {
    const { raw: files } = await raw("tests/fixtures/desk");
    const manifest = files.manifest as { snapshots: object[] };
    const broken = {
      ...files,
      manifest: { ...manifest, snapshots: [...manifest.snapshots, ...manifest.snapshots] },
      annotations: [{ ...(files.annotations as object[])[0]!, snapshot: "winter" }],
    };
    const result = validateDataset(broken);
    expect(result.ok).toBe(false);
    const lines = result.ok ? [] : result.problems.map((p) => `${p.file}: ${p.record}: ${p.field}: ${p.message}`);
    expect(lines).toContain('dataset.json: snapshot spring-2025: id: duplicate snapshot id "spring-2025"');
    expect(lines).toContain('annotations.json: ada-talks-legitimacy: snapshot: unknown snapshot "winter"');
  });
});

describe("one record checked by data:check's rules", () => {
  const event = {
    id: "new-round",
    title: "A new round",
    summary: "Envoys meet again.",
    date: "2026-02-28",
    precision: "day",
    lane: "diplomacy",
    importance: 2,
    actors: [],
    tags: [],
    sources: [{ title: "Round", publisher: "Example Wire", url: "https://example.org/r", type: "wire" }],
    related: [{ id: "talks-round-2", label: "next round" }],
  };

  it("passes a good event", () => {
    expect(validateRecord("event", event, refs)).toEqual([]);
  });

  it("names every bad field, at its path", () => {
    const bad = {
      ...event,
      date: "2026-02-30",
      lane: "nowhere",
      sources: [{ title: "", publisher: "P", url: "javascript:alert(1)" }],
      related: [{ id: "missing", label: "led to" }],
      summary: "x\u202Ey",
      importance: 5,
    };
    const fields = validateRecord("event", bad, refs).map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(["sources.0.title", "sources.0.url", "importance", "summary"]));
    // Schema failures stop the checks that need a parsed record; fix them and the rest are named.
    const fixed = { ...bad, sources: event.sources, importance: 2, summary: "ok" };
    expect(validateRecord("event", fixed, refs).map((p) => `${p.field}: ${p.message}`)).toEqual([
      'date: "2026-02-30" is not a real calendar date',
      'lane: unknown lane "nowhere"',
      'related.0.id: unknown event "missing"',
    ]);
  });

  it("refuses over-long text wherever it sits", () => {
    const problems = validateRecord("event", { ...event, summary: "x".repeat(10 * 1024 * 1024) }, refs);
    expect(problems.map((p) => p.field)).toContain("summary");
    expect(problems.find((p) => p.field === "summary")!.message).toMatch(/at most 2,000 allowed/);
  });

  it("checks an annotation's snapshot, expert and anchors", () => {
    const note = { id: "n", expert: "nobody", snapshot: "winter", quote: "Q", anchors: { events: ["gone"] }, theme: "T", source: { title: "S", publisher: "P", url: "https://example.org/s" } };
    expect(validateRecord("annotation", note, refs).map((p) => p.field)).toEqual(["expert", "snapshot", "anchors.events.0"]);
  });
});
