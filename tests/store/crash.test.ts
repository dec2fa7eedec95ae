import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readDatasetDir } from "@/lib/data/read-dir";
import type { Db } from "@/lib/store/db";
import { migrate } from "@/lib/store/migrate";
import { openPglite } from "@/lib/store/pglite";
import { latestPublication, readPublished, seedRecord } from "@/lib/store/record";
import { getRecord, listDrafts, publish, saveRecord } from "@/lib/store/revisions";
import { testDeadline } from "../deadline";
import { DRIVERS, postgres, STORE_TIMEOUT_MS } from "./drivers";
import { CRASH_EVENT, interrupted, statementsOf } from "./interrupt";

/**
 * A write that dies half-way — a statement that fails, or the process killed between two statements —
 * leaves the published record, its publication number and every record's revisions as they were, and
 * the store takes the next write as if nothing had happened.
 */
const FIXTURE = path.resolve("tests/fixtures/desk");
const OTHER_EVENT = "talks-round-2";

async function seed(db: Db): Promise<void> {
  await db.query("TRUNCATE record, revision, publication RESTART IDENTITY CASCADE");
  const loaded = await readDatasetDir(FIXTURE);
  await seedRecord(db, loaded.raw, { author: "seed", reason: "fixture" });
  // An unpublished draft of another event, so that a publish has something to publish.
  const other = (await getRecord(db, "event", OTHER_EVENT))!.head;
  await saveRecord(db, { kind: "event", id: OTHER_EVENT, body: { ...other.body!, importance: 3 }, base: other.rev, author: "ed@example.org", reason: "draft" });
}

/** Everything a half-done write could have touched. */
async function stateOf(db: Db) {
  const count = async (table: string) => (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]!.n;
  const published = await readPublished(db);
  return {
    published,
    publication: await latestPublication(db),
    edited: await getRecord(db, "event", CRASH_EVENT),
    other: await getRecord(db, "event", OTHER_EVENT),
    drafts: await listDrafts(db),
    revisions: await count("revision"),
    publications: await count("publication"),
    unpublishedRevisions: await count("revision WHERE publication_id IS NULL"),
  };
}

const save = async (db: Db) => {
  const head = (await getRecord(db, "event", CRASH_EVENT))!.head;
  return saveRecord(db, { kind: "event", id: CRASH_EVENT, body: { ...head.body!, title: "Half-saved" }, base: head.rev, author: "crash@example.org", reason: "" });
};
const publishAll = (db: Db) => publish(db, { author: "crash@example.org", note: "", review: false });

/** The store still works: a save over the head and a publish of everything go through. */
async function stillWorks(db: Db): Promise<void> {
  await save(db);
  const { published } = await publishAll(db);
  expect(published.map((p) => p.id).sort()).toEqual([CRASH_EVENT, OTHER_EVENT].sort());
  const events = (await readPublished(db)).files.events as { id: string; title: string }[];
  expect(events.find((e) => e.id === CRASH_EVENT)!.title).toBe("Half-saved");
}

describe.each(DRIVERS)("a write that fails half-way in $name", (driver) => {
  for (const [name, write] of [
    ["save", save],
    ["publish", publishAll],
  ] as const)
    it(`a ${name} whose statement fails, at each of its statements, changes nothing`, { timeout: STORE_TIMEOUT_MS }, async () => {
      const db = await driver.fresh();
      await seed(db);
      // The statements the write issues, found by letting it run once (then the store is set up again).
      const statements = await statementsOf(db, write);
      expect(statements.length).toBeGreaterThanOrEqual(4);
      for (const [index, sql] of statements.entries()) {
        await seed(db);
        const before = await stateOf(db);
        const failing = interrupted(
          db,
          (_, i) => i === index,
          () => Promise.reject(new Error(`statement ${index} failed: ${sql.slice(0, 40)}`)),
        );
        await expect(write(failing), `statement ${index}: ${sql}`).rejects.toThrow(`statement ${index} failed`);
        const after = await stateOf(db);
        expect(after, `after statement ${index} failed: ${sql}`).toEqual(before);
        await stillWorks(db);
      }
    });
});

/** Starts tests/store/crash-child.ts and resolves once it has stopped just before the statement `pattern` matches. */
function crashingWriter(args: string[]): Promise<{ kill(): Promise<void> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "tests/store/crash-child.ts", ...args], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    const timer = setTimeout(() => (child.kill("SIGKILL"), reject(new Error(`the writer did not reach its statement: ${out}`))), testDeadline(90_000));
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes("stopped\n")) {
        clearTimeout(timer);
        resolve({
          kill: () =>
            new Promise((done) => {
              child.once("exit", () => done());
              child.kill("SIGKILL");
            }),
        });
      } else if (/finished|failed/.test(out)) {
        clearTimeout(timer);
        reject(new Error(`the writer ended before its statement: ${out}`));
      }
    });
  });
}

/** Kill points: after the new revision is written but before the record points at it; after records point at their published revisions but before those revisions are marked published. */
const KILLS = [
  { op: "save", before: "^UPDATE record SET head_rev", what: "a save, after its revision is written and before the record points at it" },
  { op: "publish", before: "^UPDATE revision v SET publication_id", what: "a publish, after records point at their new published revisions and before the publication is complete" },
] as const;

describe("a process killed in the middle of a write", () => {
  for (const kill of KILLS) {
    it(`PostgreSQL: ${kill.what}: the published record is intact`, { timeout: STORE_TIMEOUT_MS }, async () => {
      const db = await postgres.fresh();
      await seed(db);
      const before = await stateOf(db);
      const writer = await crashingWriter(["postgres", postgres.url!(), kill.op, kill.before]);
      // Meanwhile readers see the record as it was.
      expect(await readPublished(db)).toEqual(before.published);
      await writer.kill();
      expect(await stateOf(db)).toEqual(before);
      await stillWorks(db);
    });

    it(`PGlite on disk: ${kill.what}: the reopened store has the published record intact`, { timeout: STORE_TIMEOUT_MS }, async () => {
      const dir = path.join(mkdtempSync(path.join(tmpdir(), "snapshots-crash-")), "db");
      try {
        const setup = await openPglite(dir);
        let before: Awaited<ReturnType<typeof stateOf>>;
        try {
          await migrate(setup);
          await seed(setup);
          before = await stateOf(setup);
        } finally {
          await setup.close();
        }
        const writer = await crashingWriter(["pglite", dir, kill.op, kill.before]);
        await writer.kill();
        // The killed process's lock is taken over; PostgreSQL's recovery runs on open.
        const reopened = await openPglite(dir);
        try {
          expect(await stateOf(reopened)).toEqual(before);
          await stillWorks(reopened);
        } finally {
          await reopened.close();
        }
      } finally {
        rmSync(path.dirname(dir), { recursive: true, force: true });
      }
    });
  }
});
