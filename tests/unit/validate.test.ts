import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatProblem } from "@/lib/data/problem";
import { readDatasetDir } from "@/lib/data/read-dir";
import { validateDataset } from "@/lib/data/validate";
import { eventSchema } from "@/lib/schema";

const GOOD = path.resolve("tests/fixtures/good");

async function copyOfGood(edit: (files: Record<string, string>) => void): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "snapshots-data-"));
  await cp(GOOD, dir, { recursive: true });
  const files: Record<string, string> = {};
  for (const name of ["dataset.json", "events.json", "annotations.json", "stories.json"])
    files[name] = await readFile(path.join(dir, name), "utf8");
  edit(files);
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return dir;
}

async function problemsOf(dir: string): Promise<string[]> {
  const result = await readDatasetDir(dir);
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe("event schema", () => {
  it("fills defaults and needs at least one source", () => {
    const base = { id: "a", title: "A", summary: "S", date: "2020", precision: "year", lane: "l" };
    expect(eventSchema.safeParse({ ...base, sources: [] }).success).toBe(false);
    const parsed = eventSchema.parse({ ...base, sources: [{ title: "t", publisher: "p", url: "https://x.org/" }] });
    expect(parsed.related).toEqual([]);
    expect(parsed.actors).toEqual([]);
  });

  it("accepts only http(s) source URLs", () => {
    const base = { id: "a", title: "A", summary: "S", date: "2020", precision: "year", lane: "l" };
    for (const url of ["javascript:alert(1)", "ftp://x.org/a", "x.org", ""])
      expect(eventSchema.safeParse({ ...base, sources: [{ title: "t", publisher: "p", url }] }).success).toBe(false);
  });
});

describe("validateDataset", () => {
  it("accepts the good fixture and sorts events by time", async () => {
    const result = await readDatasetDir(GOOD);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.dataset.events.map((e) => e.id)).toEqual(["deal", "buildup", "talks", "war"]);
  });

  it("names the file, record and field of a broken date, a duplicate id and a dangling reference", async () => {
    const dir = await copyOfGood((files) => {
      files["events.json"] = files["events.json"]!
        .replace('"date": "2015-07-14"', '"date": "2024-02-30"')
        .replace('"id": "war"', '"id": "talks"')
        .replace('"label": "led to"', '"label": "led to" }, { "id": "nowhere", "label": "x"');
      files["annotations.json"] = files["annotations.json"]!.replace('"expert": "ada"', '"expert": "bob"');
    });
    const problems = await problemsOf(dir);
    expect(problems).toContain('events.json: deal: date: "2024-02-30" is not a real calendar date');
    expect(problems).toContain('events.json: talks: id: duplicate event id "talks"');
    expect(problems).toContain('events.json: deal: related.1.id: unknown event "nowhere"');
    expect(problems).toContain('annotations.json: ada-deal: expert: unknown expert "bob"');
  });

  it("names a required text left empty in words, in data:check as at the desk's field", async () => {
    const dir = await copyOfGood((files) => {
      const events = JSON.parse(files["events.json"]!) as { id: string; title: string }[];
      events[0]!.title = "   ";
      files["events.json"] = JSON.stringify(events);
    });
    const problems = await problemsOf(dir);
    expect(problems.find((line) => / title: /.test(line))).toMatch(/^events\.json: [a-z0-9-]+: title: must not be empty$/);
  });

  it("names a number that must be whole in words", async () => {
    const dir = await copyOfGood((files) => {
      const manifest = JSON.parse(files["dataset.json"]!) as { lanes: { order: number }[] };
      manifest.lanes[0]!.order = 2.5;
      files["dataset.json"] = JSON.stringify(manifest);
    });
    const problems = await problemsOf(dir);
    expect(problems.find((line) => /order: /.test(line))).toMatch(/^dataset\.json: .*order: must be a whole number$/);
  });

  it("reports invalid JSON with the file name", async () => {
    const dir = await copyOfGood((files) => {
      files["annotations.json"] = "[ { oops";
    });
    const problems = await problemsOf(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^annotations\.json: \(file\): \(json\): invalid JSON/);
  });

  it("refuses an end before the start and a date that does not match its precision", () => {
    const result = validateDataset({
      manifest: { id: "m", title: "T", description: "D", asOf: "2025-01-01", lanes: [{ id: "l", label: "L", colour: "#000000", order: 1 }], experts: [] },
      events: [
        { id: "a", title: "A", summary: "S", date: "2020-05-02", end: "2020-05-01", precision: "day", lane: "l", sources: [{ title: "t", publisher: "p", url: "https://x.org/" }] },
        { id: "b", title: "B", summary: "S", date: "2020-05", precision: "day", lane: "l", sources: [{ title: "t", publisher: "p", url: "https://x.org/" }] },
        { title: "no id", summary: "S", date: "2020", precision: "year", lane: "nope", sources: [] },
      ],
      annotations: [{ id: "n", expert: "x", quote: "  ", theme: "t", anchors: { events: [] }, source: { title: "t", publisher: "p", url: "https://x.org/" } }],
    });
    expect(result.ok).toBe(false);
    const lines = result.ok ? [] : result.problems.map(formatProblem);
    expect(lines).toContain("events.json: a: end: ends (2020-05-01) before it starts (2020-05-02)");
    expect(lines).toContain('events.json: b: date: "2020-05" does not match precision "day"');
    expect(lines.some((l) => l.startsWith("events.json: [2]: id:"))).toBe(true);
    expect(lines.some((l) => l.startsWith("events.json: [2]: sources:"))).toBe(true);
    expect(lines.some((l) => l.startsWith("annotations.json: n: quote:"))).toBe(true);
    expect(lines.some((l) => l.startsWith("annotations.json: n: anchors:"))).toBe(true);
  });

  it("checks that story steps point at real events, lanes and quotes", async () => {
    const dir = await copyOfGood((files) => {
      files["stories.json"] = files["stories.json"]!.replace('"quotes": ["ada-deal"]', '"quotes": ["ghost"]').replace('"lanes": ["military"]', '"lanes": ["navy"]');
    });
    const problems = await problemsOf(dir);
    expect(problems).toContain('stories.json: short: steps.0.quotes.0: unknown annotation "ghost"');
    expect(problems).toContain('stories.json: short: steps.1.lanes.0: unknown lane "navy"');
  });
});
