import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DATA_FILES } from "@/lib/data/files";
import { toDataFiles } from "@/lib/interop/bundle";
import { reseedIfStale, seedIfEmpty } from "@/lib/store/open";
import { latestPublication, readPublished } from "@/lib/store/record";
import { getRecord, saveRecord } from "@/lib/store/revisions";
import { DRIVERS, STORE_TIMEOUT_MS } from "./drivers";

const FIXTURE = path.resolve("tests/fixtures/desk");
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the desk fixture standing for a checkout's data/, which a `git pull` then changes. */
function checkout(): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), "snapshots-reseed-")), "data");
  dirs.push(path.dirname(dir));
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

/** What `git pull` does to data/: one event's title changes. */
function pull(dir: string, title: string) {
  const file = path.join(dir, DATA_FILES.events);
  const events = JSON.parse(readFileSync(file, "utf8")) as { title: string }[];
  events[0]!.title = title;
  writeFileSync(file, `${JSON.stringify(events, null, 2)}\n`);
}

function filesOf(dir: string): Record<string, string> {
  return Object.fromEntries(Object.values(DATA_FILES).map((name) => [name, readFileSync(path.join(dir, name), "utf8")]));
}

describe.each(DRIVERS)("a store whose data/ has moved on, in $name", (driver) => {
  it("is re-seeded from data/ when nobody has edited it, and left alone while data/ is what it was seeded from", { timeout: STORE_TIMEOUT_MS }, async () => {
    const db = await driver.fresh();
    const data = checkout();
    const lines: string[] = [];
    const log = (line: string) => lines.push(line);
    expect(await seedIfEmpty(db, data, log)).toBe(true);
    expect(await reseedIfStale(db, data, log, log)).toBe("current");

    pull(data, "Accord signed in Geneva after a night of talks");
    expect(await reseedIfStale(db, data, log, log)).toBe("reseeded");
    expect(toDataFiles((await readPublished(db)).files)).toEqual(filesOf(data));
    // A new publication: servers reading the store (and their caches, keyed by it) see a new version.
    expect(await latestPublication(db)).toBe(2);
    expect(lines.at(-1)).toMatch(/data\/ changed since .* was seeded from it, and nobody had edited the store: re-seeded/);
    expect(await reseedIfStale(db, data, log, log)).toBe("current");
  });

  it("is never overwritten once an editor has written to it: it warns, naming what to do", { timeout: STORE_TIMEOUT_MS }, async () => {
    const db = await driver.fresh();
    const data = checkout();
    const quiet = () => {};
    await seedIfEmpty(db, data, quiet);
    const accord = (await getRecord(db, "event", "accord-signed"))!;
    await saveRecord(db, { kind: "event", id: "accord-signed", body: { ...accord.head.body, summary: "An editor's draft." }, base: accord.head.rev, author: "editor@example.org", reason: "test" });
    const before = toDataFiles((await readPublished(db)).files);

    pull(data, "Accord signed in Geneva after a night of talks");
    const warnings: string[] = [];
    expect(await reseedIfStale(db, data, quiet, (line) => warnings.push(line))).toBe("kept");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/data\/ is newer than the store/);
    expect(warnings[0]).toMatch(/1 editorial revision\(s\)/);
    expect(warnings[0]).toMatch(/not overwritten/);
    expect(warnings[0]).toMatch(/npm run data:export/);
    expect(toDataFiles((await readPublished(db)).files)).toEqual(before);
    expect((await getRecord(db, "event", "accord-signed"))!.head.body).toMatchObject({ summary: "An editor's draft." });
  });

  it("keeps its record when data/ does not pass data:check, and says so", { timeout: STORE_TIMEOUT_MS }, async () => {
    const db = await driver.fresh();
    const data = checkout();
    await seedIfEmpty(db, data, () => {});
    writeFileSync(path.join(data, DATA_FILES.events), "[ { oops");
    const warnings: string[] = [];
    expect(await reseedIfStale(db, data, () => {}, (line) => warnings.push(line))).toBe("kept");
    expect(warnings[0]).toMatch(/does not pass `npm run data:check`/);
    expect(await latestPublication(db)).toBe(1);
  });
});
