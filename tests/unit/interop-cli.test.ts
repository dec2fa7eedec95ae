import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { testDeadline } from "../deadline";

const exec = promisify(execFile);
const tsx = path.resolve("node_modules/.bin/tsx");

async function run(script: string, args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await exec(tsx, [script, ...args], { env: { ...process.env, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("npm run data:import and npm run export", () => {
  it("imports TimelineJS JSON into a set data:check accepts, then updates it in place", async () => {
    const out = path.join(await mkdtemp(path.join(tmpdir(), "snapshots-import-")), "set");
    const args = ["tests/fixtures/import/timelinejs.json", "--zone", "Asia/Tehran", "--source-url", "https://example.org/timeline"];
    const first = await run("scripts/data-import.ts", [...args, "--out", out]);
    expect(first.stdout).toMatch(/8 added, 0 updated: 8 events in 4 lanes/);
    expect((await run("scripts/data-check.ts", [out])).code).toBe(0);
    // A second import to the same place is refused unless it says it updates that set.
    expect((await run("scripts/data-import.ts", [...args, "--out", out])).stderr).toMatch(/already holds a data set: pass --into/);
    expect((await run("scripts/data-import.ts", [...args, "--into", out])).stdout).toMatch(/0 added, 8 updated/);
  }, testDeadline(30_000));

  it("writes nothing for a broken CSV and names each row and column", async () => {
    const out = path.join(await mkdtemp(path.join(tmpdir(), "snapshots-import-")), "set");
    const result = await run("scripts/data-import.ts", ["tests/fixtures/import/broken.csv", "--out", out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("broken.csv: row 2: Month: 13 is not a month (1–12)");
    expect(result.stderr).toContain("6 problem(s)");
    expect(existsSync(out)).toBe(false);
  }, testDeadline(30_000));

  it("exports a filtered view straight from a data directory", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "snapshots-export-"));
    const file = path.join(dir, "view.ics");
    const result = await run("scripts/export.ts", ["--format", "ics", "--from", "2025-06-21", "--to", "2025-06-23", "--lanes", "us", "--out", file], { DATA_DIR: "tests/fixtures/timed" });
    expect(result.stdout).toMatch(/2 events as ics \(download name june-strikes_2025-06-21_2025-06-23\.ics\)/);
    expect(await readFile(file, "utf8")).toContain("DTSTART:20250621T230000Z");
    const set = path.join(dir, "subset");
    await run("scripts/export.ts", ["--format", "json", "--lanes", "iran", "--out", set], { DATA_DIR: "tests/fixtures/timed" });
    expect((await run("scripts/data-check.ts", [set])).stdout).toMatch(/OK — 2 events, 1 lanes/);
    expect((await run("scripts/export.ts", ["--format", "pdf", "--out", file])).stderr).toMatch(/--format: must be one of csv, json, timelinejs, ics/);
  }, testDeadline(30_000));
});
