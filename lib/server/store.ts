import "server-only";
import type { Db } from "../store/db";
import { openStore, recordSource, reseedIfStale, seedIfEmpty } from "../store/open";

/**
 * The store this server process keeps the record in (lib/store/open.ts says which), opened once per
 * process on first use, whichever of Next's bundles asks: migrated, seeded when empty, re-seeded when
 * its seed's files changed and nobody has edited it (lib/store/open.ts, reseedIfStale). Only the
 * process that serves requests opens it — PGlite is single-process; helpers and render workers never do.
 */
interface Slot {
  db: Db | null;
  opening: Promise<Db> | null;
}

const KEY = Symbol.for("snapshots.record-store");
const registry = globalThis as unknown as Record<symbol, Slot | undefined>;
const slot: Slot = (registry[KEY] ??= { db: null, opening: null });

/** Whether this server keeps its record in a store (and so has a desk), rather than reading files. */
export function hasStore(): boolean {
  return recordSource().kind !== "files";
}

/** A check that could not run leaves the store as it is: the server still starts. */
function warnNotChecked(error: unknown) {
  console.warn(`[store] could not compare the store with the set it was seeded from: ${error instanceof Error ? error.message : String(error)}`);
}

/** The process's store, opened on first use; a failed open is tried again by the next caller. */
export function getStore(): Promise<Db> {
  if (slot.db) return Promise.resolve(slot.db);
  const source = recordSource();
  if (source.kind === "files") return Promise.reject(new Error("this server reads files (DATA_DIR): it has no store"));
  slot.opening ??= (async () => {
    const started = Date.now();
    const db = await openStore(source);
    try {
      if (!(await seedIfEmpty(db, source.seedDir))) await reseedIfStale(db, source.seedDir).catch(warnNotChecked);
    } catch (error) {
      await db.close().catch(() => {});
      throw error;
    }
    console.log(`[store] ${db.description} open (${Date.now() - started} ms)`);
    slot.db = db;
    return db;
  })().finally(() => {
    slot.opening = null;
  });
  return slot.opening;
}
