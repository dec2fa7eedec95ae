import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { Db } from "./db";

/** Any number both drivers take for pg_advisory_xact_lock: one instance migrates (and seeds) at a time. */
export const SETUP_LOCK = 7_261_990_501;

export function migrationsDir(): string {
  return path.join(/*turbopackIgnore: true*/ process.cwd(), "db", "migrations");
}

/**
 * Applies the SQL files of db/migrations in name order, each once (recorded in schema_migration), each
 * in its own transaction under an advisory lock, so instances starting together on one database
 * apply each file exactly once. Returns the names applied now.
 */
export async function migrate(db: Db, dir = migrationsDir()): Promise<string[]> {
  const files = (await readdir(dir)).filter((name) => name.endsWith(".sql")).sort();
  await db.query("CREATE TABLE IF NOT EXISTS schema_migration (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())");
  const applied: string[] = [];
  for (const name of files) {
    const sql = await readFile(path.join(dir, name), "utf8");
    const done = await db.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(${SETUP_LOCK})`);
      const seen = await tx.query("SELECT 1 FROM schema_migration WHERE name = $1", [name]);
      if (seen.length > 0) return false;
      for (const statement of splitStatements(sql)) await tx.query(statement);
      await tx.query("INSERT INTO schema_migration (name) VALUES ($1)", [name]);
      return true;
    });
    if (done) applied.push(name);
  }
  return applied;
}

/** A migration file's statements: split on semicolons at line ends, comments dropped (no dollar-quoted bodies in our files). */
export function splitStatements(sql: string): string[] {
  return sql
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.replace(/^\s*--.*$/gm, "").trim())
    .filter(Boolean);
}
