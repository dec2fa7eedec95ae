import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import type { PGlite, PGliteOptions, Transaction } from "@electric-sql/pglite";
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
 * Postgres settings of the embedded store, passed at start after PGlite's own (`startParams`, as PGlite's
 * maintainers advise; `postgresqlconf` would replace the postgresql.conf initdb wrote). initdb's
 * shared_buffers of 128MB made the server ~140 MB larger for a record that fits in a few: 16MB holds a
 * 10,000-event record's hot pages, and PGlite's files are the machine's page cache anyway.
 */
const PGLITE_SETTINGS = ["shared_buffers=16MB"];

function pgliteOptions(PGliteClass: typeof PGlite): PGliteOptions {
  return { startParams: [...PGliteClass.defaultStartParams, ...PGLITE_SETTINGS.flatMap((setting) => ["-c", setting])] };
}

/** Run by a child process: creates the store's directory (initdb) with the same settings, and exits. */
const INIT_SCRIPT = `
const [dir, settings] = process.argv.slice(1);
const { PGlite } = await import("@electric-sql/pglite");
const pg = new PGlite(dir, { startParams: [...PGlite.defaultStartParams, ...JSON.parse(settings).flatMap((s) => ["-c", s])] });
await pg.waitReady;
await pg.close();
`;

/**
 * A new store's initdb runs in a child process, not in the server: it needs a second Postgres instance and
 * its own WebAssembly, and a process that ran it stays ~400 MB larger for good (memory V8 and malloc do not
 * give back), although the server then opens the same directory as it would any other day. Its cwd is
 * this process's, where `@electric-sql/pglite` resolves from (the project, as for data/).
 */
function initInChild(dir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--input-type=module", "-e", INIT_SCRIPT, dir, JSON.stringify(PGLITE_SETTINGS)], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString("utf8")).slice(-4000)));
    child.once("error", reject);
    child.once("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`creating the embedded store ${dir} failed (${signal ?? `exit ${code}`}): ${stderr.trim().split("\n").slice(-5).join("\n")}`)),
    );
  });
}

/**
 * The embedded store: PGlite persisted to `dir` (created on first open, which runs initdb in a child
 * process: a few seconds), or kept in memory when `dir` is null (tests).
 */
export async function openPglite(dir: string | null): Promise<Db> {
  const release = dir === null ? () => {} : lockEmbeddedStore(dir);
  try {
    const { PGlite } = await import("@electric-sql/pglite");
    if (dir !== null && !existsSync(path.join(/*turbopackIgnore: true*/ dir, "PG_VERSION"))) await initInChild(dir);
    const pg = new PGlite({ ...pgliteOptions(PGlite), dataDir: dir ?? undefined });
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
