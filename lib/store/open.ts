import path from "node:path";
import { formatProblem } from "../data/problem";
import { readDatasetDir } from "../data/read-dir";
import type { Db } from "./db";
import { migrate } from "./migrate";
import { openPglite } from "./pglite";
import { openPostgres } from "./postgres";
import { isEmpty, seedRecord } from "./record";

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
  const seeded = await seedRecord(db, loaded.raw, { author: "seed", reason: `Seeded from ${path.basename(dir)}/` });
  if (seeded) log(`[store] seeded ${db.description} from ${dir}: ${loaded.dataset.events.length} events`);
  return seeded;
}
