import path from "node:path";
import { formatProblem } from "../data/problem";
import { readDatasetDir } from "../data/read-dir";
import type { Db } from "./db";
import { migrate } from "./migrate";
import { openPglite } from "./pglite";
import { openPostgres } from "./postgres";
import { isEmpty, reseedIfChanged, SEED_AUTHOR, seedRecord } from "./record";

/**
 * Where the record is kept, from the environment:
 * - `DATA_DIR` set: a directory of JSON files, read-only (no desk), as for static deployments and benchmarks;
 * - `DATABASE_URL=postgres://…`: a PostgreSQL server, which several app instances may share;
 * - otherwise the embedded store, PGlite persisted to `SNAPSHOTS_DB_DIR` (default `.snapshots/db`).
 * An empty store is seeded from `SEED_DIR` (default `data/`) when it is first opened.
 */
export type RecordSource = { kind: "files"; dir: string } | { kind: "postgres"; url: string; seedDir: string } | { kind: "embedded"; dir: string; seedDir: string };

export function recordSource(env: NodeJS.ProcessEnv = process.env): RecordSource {
  const cwd = process.cwd();
  if (env.DATA_DIR) return { kind: "files", dir: path.resolve(/*turbopackIgnore: true*/ cwd, env.DATA_DIR) };
  const seedDir = path.resolve(/*turbopackIgnore: true*/ cwd, env.SEED_DIR || "data");
  if (env.DATABASE_URL) return { kind: "postgres", url: env.DATABASE_URL, seedDir };
  return { kind: "embedded", dir: path.resolve(/*turbopackIgnore: true*/ cwd, env.SNAPSHOTS_DB_DIR || path.join(".snapshots", "db")), seedDir };
}

/** Opens the store of `source` (never a file source) and brings its tables up to date. */
export async function openStore(source: Exclude<RecordSource, { kind: "files" }>): Promise<Db> {
  const db = source.kind === "postgres" ? await openPostgres(source.url) : await openPglite(source.dir);
  try {
    await migrate(db);
    return db;
  } catch (error) {
    await db.close().catch(() => {});
    throw error;
  }
}

/**
 * Seeds an empty store from a data set directory, which must pass data:check: a set with problems is
 * not half-seeded, the problems are thrown. Returns whether it seeded (false: the store had a record).
 */
export async function seedIfEmpty(db: Db, dir: string, log: (line: string) => void = console.log): Promise<boolean> {
  if (!(await isEmpty(db))) return false;
  const loaded = await readDatasetDir(dir);
  if (!loaded.ok) throw new Error(`cannot seed the store from ${dir}:\n${loaded.problems.slice(0, 50).map(formatProblem).join("\n")}`);
  const seeded = await seedRecord(db, loaded.raw, { author: SEED_AUTHOR, reason: `Seeded from ${path.basename(dir)}/` });
  if (seeded) log(`[store] seeded ${db.description} from ${dir}: ${loaded.dataset.events.length} events`);
  return seeded;
}

/**
 * A store seeded from `dir` before `dir` changed (data/ after a `git pull`) would go on serving the old
 * set. At start: when `dir` now differs from the set the store was seeded from and nobody has written a
 * revision since, the store is re-seeded from `dir`; when editors have, it is never overwritten — a
 * warning says so, and how to take the new files. A `dir` that does not pass data:check changes nothing.
 */
export async function reseedIfStale(db: Db, dir: string, log: (line: string) => void = console.log, warn: (line: string) => void = console.warn): Promise<ReseedStatus> {
  const loaded = await readDatasetDir(dir);
  const name = `${path.basename(dir)}/`;
  if (!loaded.ok) {
    warn(`[store] ${name} does not pass \`npm run data:check\` (${loaded.problems.length} problem(s)): the store keeps the set it was seeded from.`);
    return "kept";
  }
  const result = await reseedIfChanged(db, loaded.raw, `Re-seeded from ${name}: it changed since the last seed, and nobody had edited the store`);
  if (result.status === "reseeded") log(`[store] ${name} changed since ${db.description} was seeded from it, and nobody had edited the store: re-seeded (${loaded.dataset.events.length} events).`);
  if (result.status === "kept")
    warn(
      `[store] ${name} is newer than the store: it differs from the set ${db.description} was seeded from, but the store has ${result.revisions} editorial revision(s) since, so it is not overwritten and keeps serving its own record. ` +
        `To take ${name}'s changes, edit them in at /desk, or export the store (\`npm run data:export -- --out DIR\`), merge, and start an empty store from the result (SEED_DIR=DIR); see docs/DESK.md.`,
    );
  return result.status;
}

export type ReseedStatus = "current" | "unseeded" | "reseeded" | "kept";
