import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { formatProblem, formatPublicProblem } from "@/lib/data/problem";
import { readDatasetDir } from "@/lib/data/read-dir";

const run = promisify(execFile);
const GOOD = path.resolve("tests/fixtures/good");

async function copyOfGood(edit: (events: Record<string, unknown>[]) => void): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "snapshots-hostile-"));
  await cp(GOOD, dir, { recursive: true });
  const file = path.join(dir, "events.json");
  const events = JSON.parse(await readFile(file, "utf8")) as Record<string, unknown>[];
  edit(events);
  await writeFile(file, JSON.stringify(events));
  return dir;
}

async function problemsOf(dir: string, limits?: Parameters<typeof readDatasetDir>[1]): Promise<string[]> {
  const result = await readDatasetDir(dir, limits);
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe("hostile text in the data", () => {
  it("refuses bidirectional control characters, naming the field and the character", async () => {
    const dir = await copyOfGood((events) => {
      events[0]!.title = "invoice\u202Egnp.exe";
      (events[0]!.sources as { publisher: string }[])[0]!.publisher = "Isolate \u2066x\u2069";
    });
    const problems = await problemsOf(dir);
    const id = JSON.parse(await readFile(path.join(dir, "events.json"), "utf8"))[0].id;
    expect(problems).toContain(`events.json: ${id}: title: contains the bidirectional control character U+202E, which makes text display in a different order from how it reads`);
    expect(problems.some((line) => line.startsWith(`events.json: ${id}: sources.0.publisher: contains the bidirectional control character U+2066`))).toBe(true);
  });

  it("keeps right-to-left marks, which reorder nothing on their own", async () => {
    const dir = await copyOfGood((events) => {
      events[0]!.title = "\u200Fپزشکیان\u200F wins";
    });
    expect(await problemsOf(dir)).toEqual([]);
  });

  it("refuses fields over their documented length", async () => {
    const dir = await copyOfGood((events) => {
      events[0]!.title = "x".repeat(10_240);
      events[1]!.actors = ["y".repeat(121)];
    });
    const problems = await problemsOf(dir);
    expect(problems.some((line) => line.endsWith(": title: is 10,240 characters long; at most 300 allowed here"))).toBe(true);
    expect(problems.some((line) => line.endsWith(": actors.0: is 121 characters long; at most 120 allowed here"))).toBe(true);
  });

  it("npm run data:check refuses them too, with exit code 1", async () => {
    const dir = await copyOfGood((events) => {
      events[0]!.summary = "\u202Ereversed";
    });
    const failure = (await run(path.resolve("node_modules/.bin/tsx"), ["scripts/data-check.ts", dir]).catch((e: unknown) => e)) as { code: number; stderr: string };
    expect(failure.code).toBe(1);
    expect(failure.stderr).toContain("summary: contains the bidirectional control character U+202E");
  });
});

describe("reading a data directory", () => {
  it("refuses a FIFO at once instead of waiting for a writer", async () => {
    const dir = await copyOfGood(() => {});
    await rm(path.join(dir, "events.json"));
    await run("mkfifo", [path.join(dir, "events.json")]);
    const problems = await problemsOf(dir);
    expect(problems).toContain("events.json: (file): (file): is not a regular file");
  });

  it("refuses a file over the size cap without reading it", async () => {
    const dir = await copyOfGood(() => {});
    const problems = await problemsOf(dir, { maxFileBytes: 100, readTimeoutMs: 1000 });
    expect(problems.some((line) => /^events\.json: \(file\): \(file\): is [\d.]+ MB, over the limit of 0\.0 MB$/.test(line))).toBe(true);
  });

  it("keeps paths and the file's own text out of what a public page shows", async () => {
    const dir = await copyOfGood(() => {});
    await writeFile(path.join(dir, "annotations.json"), '[{"secret": "s3cr3t" oops');
    const result = await readDatasetDir(dir);
    expect(result.ok).toBe(false);
    const problem = result.ok ? null : result.problems[0]!;
    expect(formatPublicProblem(problem!)).toBe("annotations.json: (file): (json): invalid JSON");
    expect(formatProblem(problem!)).toContain("position");
    const missing = await readDatasetDir(path.join(dir, "nowhere"));
    const lines = missing.ok ? [] : missing.problems.map(formatPublicProblem);
    expect(lines).toContain("dataset.json: (file): (file): is missing");
    expect(lines.join("\n")).not.toContain(dir);
  });

  it("gives the same digest for the same bytes and a new one when a byte changes", async () => {
    const dir = await copyOfGood(() => {});
    const first = await readDatasetDir(dir);
    expect((await readDatasetDir(dir)).digest).toBe(first.digest);
    const file = path.join(dir, "events.json");
    await writeFile(file, (await readFile(file, "utf8")).replace("Deal", "Deel"));
    expect((await readDatasetDir(dir)).digest).not.toBe(first.digest);
  });
});
