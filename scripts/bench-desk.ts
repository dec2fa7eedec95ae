/**
 * npm run bench:desk: how long a desk save takes with 10,000 events in the store (issue 20: under
 * 200 ms at p95). A script that prints figures, not a test. Three parts, each skipped when it cannot run:
 *
 * 1. **store**, in this process, on the embedded store (PGlite persisted to a temporary directory, as
 *    `npm start` keeps it) and on a PostgreSQL server this script starts as the store tests do
 *    (tests/store/postgres-server.ts; skipped when PostgreSQL is not installed). A save is exactly what
 *    PUT /api/desk/records/event/<id> does once the body is parsed: the session looked up, the record
 *    checked by data:check's rules with its references resolved (checkRecord), the draft written
 *    (saveRecord). The editor's GET of the record before it is not timed.
 * 2. **http**, the production server (needs `npm run build`) on an embedded store seeded with the same
 *    set, then on the PostgreSQL server: the same saves as signed-in PUTs, timed by the client (and the
 *    store's part by the route's Server-Timing), then a few one-record publishes (which check the whole
 *    record and reload what the server serves before answering).
 *
 * BENCH_DESK_EVENTS (default 10000), BENCH_DESK_SAVES (default 200, after 10 not counted),
 * BENCH_DESK_ONLY=store|http, BENCH_DESK_DRIVERS=pglite,postgres.
 */
import { quantileSorted } from "d3-array";
import { mkdtemp, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { addAccount, createSession, findSession } from "../lib/store/accounts";
import type { Db } from "../lib/store/db";
import { migrate } from "../lib/store/migrate";
import { openStore, seedIfEmpty } from "../lib/store/open";
import { openPostgres } from "../lib/store/postgres";
import { checkRecord, getRecord, publish, saveRecord, type Body } from "../lib/store/revisions";
import { startPostgres, type TestPostgres } from "../tests/store/postgres-server";
import { hasProductionBuild, startNext } from "./next-server";
import { writeSynthDir } from "./synth-dir";

const EVENTS = Number(process.env.BENCH_DESK_EVENTS ?? 10_000);
const SAVES = Number(process.env.BENCH_DESK_SAVES ?? 200);
const WARM_UP = 10;
const PUBLISHES = 5;
const ONLY = process.env.BENCH_DESK_ONLY ?? "";
const DRIVERS = (process.env.BENCH_DESK_DRIVERS ?? "pglite,postgres").split(",");
const TARGET_P95_MS = 200;
const EDITOR = "bench-editor@example.org";
const PASSWORD = "bench password, not a secret";

type Driver = "PGlite" | "PostgreSQL";

/** "p50 / p95 / max" of durations in ms. */
function summary(times: number[]): { p50: number; p95: number; max: number } {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: quantileSorted(sorted, 0.5)!, p95: quantileSorted(sorted, 0.95)!, max: sorted.at(-1)! };
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

function row(cells: string[]): string {
  return `| ${cells.join(" | ")} |`;
}

function resultRow(what: string, driver: Driver, times: number[], target: boolean): string {
  const { p50, p95, max } = summary(times);
  return row([what, driver, String(times.length), ms(p50), ms(p95), ms(max), target ? (p95 < TARGET_P95_MS ? "met" : "NOT MET") : "—"]);
}

/** The k-th save: a different event each time (a stride prime to the count), its summary edited. */
function eventFor(ids: string[], k: number): string {
  return ids[(k * 7919) % ids.length]!;
}

function edited(body: Body, k: number): Body {
  return { ...body, summary: `${String(body.summary ?? "")} Edited in bench save ${k}.` };
}

/** Part 1: the save's code path in this process, on `db` seeded with the set in `setDir`. */
async function storeSaves(db: Db, driver: Driver, setDir: string, ids: string[]): Promise<string[]> {
  let started = performance.now();
  await seedIfEmpty(db, setDir, () => {});
  const seedMs = performance.now() - started;
  const { account } = await addAccount(db, { email: EDITOR, role: "editor", password: PASSWORD });
  const { token } = await createSession(db, account, { hours: 1, userAgent: "bench:desk" });
  const times: number[] = [];
  for (let k = 0; k < WARM_UP + SAVES; k++) {
    const id = eventFor(ids, k);
    const head = (await getRecord(db, "event", id))!.head;
    const body = edited(head.body!, k);
    started = performance.now();
    const session = await findSession(db, token);
    const { problems } = await checkRecord(db, "event", id, body);
    if (problems.length > 0) throw new Error(`the bench's own edit is invalid: ${problems.map((p) => `${p.field}: ${p.message}`).join("; ")}`);
    await saveRecord(db, { kind: "event", id, body, base: head.rev, author: session!.account.email, reason: "bench" });
    if (k >= WARM_UP) times.push(performance.now() - started);
  }
  const publishes: number[] = [];
  for (let k = 0; k < PUBLISHES; k++) {
    started = performance.now();
    await publish(db, { records: [{ kind: "event", id: eventFor(ids, k) }], author: EDITOR, note: "bench", review: false });
    publishes.push(performance.now() - started);
  }
  return [
    resultRow("save (session, check, write)", driver, times, true),
    resultRow("publish one record (store only)", driver, publishes, false),
    row([`seeding ${ids.length.toLocaleString("en-GB")} events`, driver, "1", ms(seedMs), "", "", "—"]),
  ];
}

async function withPostgres<T>(run: (server: TestPostgres) => Promise<T>): Promise<T | null> {
  let server: TestPostgres;
  try {
    server = startPostgres();
  } catch (error) {
    console.log(`(PostgreSQL skipped: ${(error as Error).message.split("\n")[0]})`);
    return null;
  }
  try {
    return await run(server);
  } finally {
    server.stop();
  }
}

/** Signs in to a desk server; returns the headers of a write from its own page. */
async function signIn(url: string): Promise<Record<string, string>> {
  const response = await fetch(`${url}/api/desk/login`, {
    method: "POST",
    headers: { origin: url, "content-type": "application/json" },
    body: JSON.stringify({ email: EDITOR, password: PASSWORD }),
  });
  if (!response.ok) throw new Error(`sign-in answered ${response.status}: ${await response.text()}`);
  const cookie = response.headers.get("set-cookie")!.split(";")[0]!;
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { origin: url, cookie, "x-csrf-token": csrfToken, "content-type": "application/json" };
}

/** Part 2: the same saves as PUTs to the production server on `env`'s store (already seeded, with the bench account). */
async function httpSaves(driver: Driver, env: Record<string, string>, ids: string[]): Promise<string[]> {
  const server = await startNext(null, null, { env: { DATA_DIR: "", ...env }, startTimeoutMs: 300_000 });
  try {
    const headers = await signIn(server.url);
    const client: number[] = [];
    const store: number[] = [];
    for (let k = 0; k < WARM_UP + SAVES; k++) {
      const id = eventFor(ids, k);
      const url = `${server.url}/api/desk/records/event/${id}`;
      const opened = await fetch(url, { headers });
      const { head } = (await opened.json()) as { head: { rev: number; body: Body } };
      const started = performance.now();
      const saved = await fetch(url, { method: "PUT", headers, body: JSON.stringify({ base: head.rev, body: edited(head.body, k), reason: "bench" }) });
      const answer = await saved.text();
      const took = performance.now() - started;
      if (saved.status !== 201) throw new Error(`save ${k} answered ${saved.status}: ${answer.slice(0, 300)}`);
      if (k < WARM_UP) continue;
      client.push(took);
      const timing = /save;dur=([\d.]+)/.exec(saved.headers.get("server-timing") ?? "");
      if (timing) store.push(Number(timing[1]));
    }
    const publishes: number[] = [];
    for (let k = 0; k < PUBLISHES; k++) {
      const started = performance.now();
      const published = await fetch(`${server.url}/api/desk/publish`, { method: "POST", headers, body: JSON.stringify({ records: [{ kind: "event", id: eventFor(ids, k) }], note: "bench" }) });
      await published.text();
      if (!published.ok) throw new Error(`publish answered ${published.status}`);
      publishes.push(performance.now() - started);
    }
    return [
      resultRow("PUT save, answered (HTTP)", driver, client, true),
      resultRow("  of which saveRecord (Server-Timing)", driver, store, false),
      resultRow("POST publish one record, served (HTTP)", driver, publishes, false),
    ];
  } finally {
    await server.stop();
  }
}

/** A store for the server to open: seeded with the set and holding the bench account. */
async function prepare(db: Db, setDir: string): Promise<void> {
  try {
    await seedIfEmpty(db, setDir, () => {});
    await addAccount(db, { email: EDITOR, role: "editor", password: PASSWORD, replace: true });
  } finally {
    await db.close();
  }
}

async function main() {
  const root = await mkdtemp(path.join(tmpdir(), "snapshots-bench-desk-"));
  const rows: string[] = [];
  try {
    const setDir = path.join(root, "set");
    const set = await writeSynthDir(setDir, { events: EVENTS, seed: 1 });
    const ids = set.events.map((event) => event.id);
    console.log(
      `Desk save bench: ${EVENTS.toLocaleString("en-GB")} synthetic events in the store, ${SAVES} saves (after ${WARM_UP} not counted), each a different event; load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")}\n`,
    );
    const drivers = (name: string) => DRIVERS.includes(name);
    let databases = 0;

    if (ONLY !== "http") {
      if (drivers("pglite")) {
        const dir = path.join(root, "store-pglite");
        const db = await openStore({ kind: "embedded", dir, seedDir: setDir });
        try {
          rows.push(...(await storeSaves(db, "PGlite", setDir, ids)));
        } finally {
          await db.close();
        }
      }
      if (drivers("postgres"))
        await withPostgres(async (server) => {
          const db = await openPostgres(await server.createDatabase(`bench${++databases}`));
          try {
            await migrate(db);
            rows.push(...(await storeSaves(db, "PostgreSQL", setDir, ids)));
          } finally {
            await db.close();
          }
        });
    }

    if (ONLY !== "store") {
      if (!hasProductionBuild()) console.log("(http part skipped: no production build; run npm run build)");
      else {
        if (drivers("pglite")) {
          const dir = path.join(root, "server-pglite");
          await prepare(await openStore({ kind: "embedded", dir, seedDir: setDir }), setDir);
          rows.push(...(await httpSaves("PGlite", { SNAPSHOTS_DB_DIR: dir, SEED_DIR: setDir }, ids)));
        }
        if (drivers("postgres"))
          await withPostgres(async (server) => {
            const url = await server.createDatabase(`bench${++databases}`);
            await prepare(await openStore({ kind: "postgres", url, seedDir: setDir }), setDir);
            rows.push(...(await httpSaves("PostgreSQL", { DATABASE_URL: url, SEED_DIR: setDir }, ids)));
          });
      }
    }
  } finally {
    if (rows.length > 0) {
      console.log(row(["what", "store", "n", "p50", "p95", "max", `p95 < ${TARGET_P95_MS} ms`]));
      console.log(row(["---", "---", "---", "---", "---", "---", "---"]));
      for (const line of rows) console.log(line);
    }
    await rm(root, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`bench:desk failed: ${(error as Error).stack ?? error}`);
  process.exit(1);
});
