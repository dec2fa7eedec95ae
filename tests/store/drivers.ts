import { afterAll } from "vitest";
import type { Db } from "@/lib/store/db";
import { migrate } from "@/lib/store/migrate";
import { openPglite } from "@/lib/store/pglite";
import { openPostgres } from "@/lib/store/postgres";
import { startPostgres, type TestPostgres } from "./postgres-server";
import { testDeadline } from "../deadline";

/**
 * The two drivers every store test runs against: PGlite (in memory) and a real PostgreSQL server that
 * this file starts itself (tests/store/postgres-server.ts). `fresh()` gives an empty, migrated store.
 */
export interface Driver {
  name: "PGlite" | "PostgreSQL";
  fresh(): Promise<Db>;
  /** A second connection to the same database as the last fresh() (PostgreSQL only: PGlite is one process's). */
  sameDatabase?(): Promise<Db>;
  /** The URL of the last fresh() database (PostgreSQL only), for another process to open. */
  url?(): string;
}

let server: TestPostgres | null = null;
let databases = 0;
const opened: Db[] = [];

afterAll(async () => {
  shared = null;
  await Promise.all(opened.splice(0).map((db) => db.close().catch(() => {})));
  server?.stop();
  server = null;
});

async function track(db: Db): Promise<Db> {
  opened.push(db);
  return db;
}

/** Every table the migrations make, emptied between tests (a PGlite instance takes seconds to create, emptying it none). */
const TABLES = "record, revision, publication, session, account";
let shared: Db | null = null;

export const pglite: Driver = {
  name: "PGlite",
  async fresh() {
    if (!shared) {
      shared = await track(await openPglite(null));
      await migrate(shared);
    } else await shared.query(`TRUNCATE ${TABLES} RESTART IDENTITY CASCADE`);
    return shared;
  },
};

let lastUrl = "";
export const postgres: Driver = {
  name: "PostgreSQL",
  async fresh() {
    server ??= startPostgres();
    lastUrl = await server.createDatabase(`t${++databases}`);
    const db = await track(await openPostgres(lastUrl, { max: 4 }));
    await migrate(db);
    return db;
  },
  async sameDatabase() {
    return track(await openPostgres(lastUrl, { max: 4 }));
  },
  url: () => lastUrl,
};

export const DRIVERS = [pglite, postgres];

/** Time limit of a store test: a loaded two-core machine initialises PGlite in tens of seconds. */
export const STORE_TIMEOUT_MS = Number(process.env.STORE_TEST_TIMEOUT_MS) || testDeadline(90_000);
