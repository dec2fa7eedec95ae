import type { PGlite, Transaction } from "@electric-sql/pglite";
import type { Db, Queryable } from "./db";
import { lockEmbeddedStore } from "./lock";

function wrap(target: Pick<PGlite | Transaction, "query">): Queryable {
  return {
    async query<T>(sql: string, params: readonly unknown[] = []) {
      return (await target.query<T>(sql, [...params])).rows;
    },
  };
}

/**
 * The embedded store: PGlite persisted to `dir` (created on first open, which runs initdb: a few
 * seconds), or kept in memory when `dir` is null (tests).
 */
export async function openPglite(dir: string | null): Promise<Db> {
  const release = dir === null ? () => {} : lockEmbeddedStore(dir);
  try {
    const { PGlite } = await import("@electric-sql/pglite");
    const pg = dir === null ? new PGlite() : new PGlite(dir);
    await pg.waitReady;
    const db: Db = {
      ...wrap(pg),
      driver: "pglite",
      description: dir === null ? "embedded store in memory" : `embedded store ${dir}`,
      transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
      // LISTEN/NOTIFY inside one process: every instance on this store is this process.
      listen: async (channel, onNotify) => {
        const stop = await pg.listen(channel, onNotify);
        return () => stop();
      },
      async close() {
        try {
          await pg.close();
        } finally {
          release();
        }
      },
    };
    return db;
  } catch (error) {
    release();
    throw error;
  }
}
