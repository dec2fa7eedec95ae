import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DATA_FILES } from "@/lib/data/files";
import { readDatasetDir } from "@/lib/data/read-dir";
import { toDataFiles } from "@/lib/interop/bundle";
import { embeddedStoreHolder } from "@/lib/store/lock";
import { migrate } from "@/lib/store/migrate";
import { openPglite } from "@/lib/store/pglite";
import { latestPublication, PUBLISH_CHANNEL, readPublished, seedRecord } from "@/lib/store/record";
import { DRIVERS, postgres, STORE_TIMEOUT_MS } from "./drivers";
import { testDeadline } from "../deadline";

const FIXTURE = path.resolve("tests/fixtures/desk");

async function raw(dir: string) {
  const loaded = await readDatasetDir(dir);
  if (!loaded.ok) throw new Error(`fixture ${dir} does not load`);
  return loaded.raw;
}

function filesOf(dir: string): Record<string, string> {
  return Object.fromEntries(Object.values(DATA_FILES).map((name) => [name, readFileSync(path.join(dir, name), "utf8")]));
}

describe.each(DRIVERS)("the record in $name", (driver) => {
  it("migrates once: a second run applies nothing and keeps the tables", { timeout: STORE_TIMEOUT_MS }, async () => {
    const db = await driver.fresh();
    expect(await migrate(db)).toEqual([]);
    const tables = await db.query<{ name: string }>("SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1");
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(["account", "publication", "record", "revision", "schema_migration", "session"]));
  });

  it("seeds an empty store and gives the set back byte for byte (the fixture and data/)", { timeout: STORE_TIMEOUT_MS }, async () => {
    for (const dir of [FIXTURE, path.resolve("data")]) {
      const db = await driver.fresh();
      expect(await seedRecord(db, await raw(dir), { author: "seed", reason: "test" })).toBe(true);
      const { files, publication } = await readPublished(db);
      expect(publication).toBe(1);
      expect(toDataFiles(files)).toEqual(filesOf(dir));
    }
  });

  it("seeds only an empty store", { timeout: STORE_TIMEOUT_MS }, async () => {
    const db = await driver.fresh();
    const set = await raw(FIXTURE);
    expect(await seedRecord(db, set, { author: "seed", reason: "first" })).toBe(true);
    expect(await seedRecord(db, set, { author: "seed", reason: "second" })).toBe(false);
    expect(await latestPublication(db)).toBe(1);
  });

  it("announces a publish to listeners", { timeout: STORE_TIMEOUT_MS }, async () => {
    const db = await driver.fresh();
    const listener = driver.sameDatabase ? await driver.sameDatabase() : db;
    const heard: string[] = [];
    await listener.listen(PUBLISH_CHANNEL, (payload) => heard.push(payload));
    await seedRecord(db, await raw(FIXTURE), { author: "seed", reason: "test" });
    await expect.poll(() => heard, { timeout: testDeadline(5_000) }).toContain("1");
  });
});

describe("the record on one PostgreSQL database shared by instances", () => {
  it("is seeded once when two instances start together", { timeout: STORE_TIMEOUT_MS }, async () => {
    const a = await postgres.fresh();
    const b = await postgres.sameDatabase!();
    const set = await raw(FIXTURE);
    const results = await Promise.all([migrate(b).then(() => seedRecord(a, set, { author: "seed", reason: "a" })), seedRecord(b, set, { author: "seed", reason: "b" })]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await db1Count(a)).toBe(await db1Count(b));
  });
});

async function db1Count(db: { query: <T>(sql: string) => Promise<T[]> }) {
  const [row] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM record");
  return row!.n;
}

describe("the embedded store on disk", () => {
  it("keeps the record across a reopen with its memory settings, and refuses a second open while one holds it", { timeout: STORE_TIMEOUT_MS }, async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), "snapshots-store-")), "db");
    const other = spawn("sleep", ["60"]);
    try {
      const first = await openPglite(dir);
      // Created by a child process (initdb), opened here with the small shared_buffers; so is every reopen.
      const sharedBuffers = async (db: typeof first) => (await db.query<{ shared_buffers: string }>("SHOW shared_buffers"))[0]!.shared_buffers;
      expect(await sharedBuffers(first)).toBe("16MB");
      await migrate(first);
      await seedRecord(first, await raw(FIXTURE), { author: "seed", reason: "test" });
      await first.close();
      const again = await openPglite(dir);
      try {
        expect(await latestPublication(again)).toBe(1);
        expect(await sharedBuffers(again)).toBe("16MB");
        expect(toDataFiles((await readPublished(again)).files)).toEqual(filesOf(FIXTURE));
        await expect(openPglite(dir)).rejects.toThrow(/already open in this process/);
      } finally {
        await again.close();
      }
      // A live process holds the lock (its pid in the lock file); one that died does not.
      expect(embeddedStoreHolder(dir)).toBeNull();
      writeFileSync(`${dir}.lock`, String(other.pid));
      // user:add asks this before it asks for a password.
      expect(embeddedStoreHolder(dir)).toBe(other.pid);
      await expect(openPglite(dir)).rejects.toThrow(new RegExp(`is open in process ${other.pid}`));
      other.kill();
      await new Promise((resolve) => other.once("exit", resolve));
      expect(embeddedStoreHolder(dir)).toBeNull();
      const taken = await openPglite(dir);
      await taken.close();
    } finally {
      other.kill();
      rmSync(path.dirname(dir), { recursive: true, force: true });
    }
  });
});
