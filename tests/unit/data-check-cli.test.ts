import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { readDatasetDir } from "@/lib/data/read-dir";
import { writeWindowsSet } from "../fixtures/windows-set";
import { testDeadline } from "../deadline";

const run = promisify(execFile);
const tsx = path.resolve("node_modules/.bin/tsx");

async function dataCheck(dir: string, ...flags: string[]) {
  try {
    const { stdout, stderr } = await run(tsx, ["scripts/data-check.ts", dir, ...flags]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("npm run data:check", () => {
  it("prints a one-line summary for good data", async () => {
    const { code, stdout } = await dataCheck("tests/fixtures/good");
    expect(code).toBe(0);
    expect(stdout.trim().split("\n")).toHaveLength(1);
    expect(stdout).toMatch(/OK — 4 events, 2 lanes, 1 experts, 1 annotations, 1 stories/);
  });

  it("lists every problem as file: record: field: message and exits 1", async () => {
    const { code, stderr } = await dataCheck("tests/fixtures/bad");
    expect(code).toBe(1);
    expect(stderr).toContain("annotations.json: (file): (json): invalid JSON");
    expect(stderr).toContain('events.json: deal: date: "2024-02-30" is not a real calendar date');
    expect(stderr).toContain('events.json: talks: id: duplicate event id "talks"');
    expect(stderr).toContain('events.json: war: related.0.id: unknown event "no-such-event"');
    expect(stderr).toContain("4 problem(s)");
  });

  it("prints warnings and still exits 0; --strict turns them into errors", async () => {
    const loose = await dataCheck("tests/fixtures/good");
    expect(loose.code).toBe(0);
    expect(loose.stderr).toContain("warning: events.json: talks: sources: has one source");
    expect(loose.stdout).toMatch(/\d+ warning\(s\)/);
    const strict = await dataCheck("tests/fixtures/good", "--strict");
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain("error: events.json: talks: sources.0.type: has no type");
    expect(strict.stderr).toMatch(/\d+ warning\(s\) in .*, refused by --strict/);
  });

  it("reads a set saved by a Windows editor (byte-order mark, CRLF), with its paragraphs as written", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "snapshots-windows-"));
    try {
      await writeWindowsSet(dir);
      const { code, stdout } = await dataCheck(dir);
      expect(code).toBe(0);
      expect(stdout).toMatch(/OK — 4 events, 2 lanes, 1 experts, 1 annotations, 1 stories/);
      const result = await readDatasetDir(dir);
      expect(result.ok && result.dataset.stories[0]!.steps[0]!.notes).toBe("First paragraph.\n\nSecond paragraph.");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("names the file, record and field of a snapshot date that is no real day, and goes on", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "snapshots-asof-"));
    try {
      await writeWindowsSet(dir);
      const manifest = JSON.parse((await readFile(path.join(dir, "dataset.json"), "utf8")).replace(/^\uFEFF/, ""));
      await writeFile(path.join(dir, "dataset.json"), JSON.stringify({ ...manifest, asOf: "2025-02-30" }));
      const { code, stderr } = await dataCheck(dir);
      expect(code).toBe(1);
      expect(stderr).toContain('dataset.json: (manifest): asOf: "2025-02-30" is not a real calendar date');
      expect(stderr).not.toContain("data:check failed");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("passes on the built-in data set, with --strict and without a warning", async () => {
    const { code, stdout, stderr } = await dataCheck("data", "--strict");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(/OK — \d+ events, 7 lanes, 4 experts/);
    expect(stdout).not.toMatch(/warning/);
  });
}, testDeadline(30_000));
