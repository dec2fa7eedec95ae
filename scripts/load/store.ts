import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { startNext, type NextServer } from "../next-server";
import { missRow, run } from "./edges";
import { treeCpuMs } from "./process-rss";

/**
 * LOAD_ONLY=store (npm run load): the explorer served from the store (a new embedded store seeded from
 * data/, as `npm start` keeps it) against the same record read from files (DATA_DIR=data), in one run.
 * Both servers are up at once and asked in turn (files, store, store, files, files, store: drift on a
 * shared machine falls on both sides alike). Each side's figure is the mean of its runs, with the
 * server's CPU time per request (its whole process tree, from /proc), which other work on the machine
 * disturbs less than requests per second. Issue 20's target: the store within 10 % of the files.
 * Rows: `/` from the response cache, and explorer views never seen before (each a render from the
 * in-memory index).
 */
const ORDER = ["files", "store", "store", "files", "files", "store"] as const;
type Side = (typeof ORDER)[number];

interface Run {
  rps: number;
  requests: number;
  p99: number;
}

async function health(server: NextServer): Promise<{ events: number; dataset: string }> {
  return (await (await fetch(`${server.url}/api/health`)).json()) as { events: number; dataset: string };
}

async function cached(base: string, connections: number, seconds: number): Promise<Run> {
  const result = await run({ url: `${base}/`, connections, duration: seconds });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${base}/ answered ${result.non2xx} non-2xx and ${result.errors} errors under load`);
  return { rps: result.requests.average, requests: result.requests.total, p99: result.latency.p99 };
}

async function uncached(base: string, connections: number, seconds: number, offset: number): Promise<Run> {
  const { rps, requests, p99, row, fivexx } = await missRow(base, connections, seconds, offset);
  if (fivexx > 0) throw new Error(`5xx under load: ${row}`);
  return { rps, requests, p99 };
}

export async function storeVsFiles(seconds: number, connectionCounts: number[]): Promise<string[]> {
  const root = await mkdtemp(path.join(tmpdir(), "snapshots-load-store-"));
  const servers: NextServer[] = [];
  try {
    const env = { TRUST_PROXY_HOPS: "1" };
    const port = Number(process.env.LOAD_PORT) || null;
    const files = await startNext(port, "data", { env });
    servers.push(files);
    const store = await startNext(port && port + 1, null, { env: { ...env, DATA_DIR: "", SNAPSHOTS_DB_DIR: path.join(root, "db"), SEED_DIR: "data" }, startTimeoutMs: 300_000 });
    servers.push(store);
    const [a, b] = [await health(files), await health(store)];
    if (a.events !== b.events || a.dataset !== b.dataset) throw new Error(`the two servers serve different records: files ${a.events} events of ${a.dataset}, store ${b.events} of ${b.dataset}`);
    const sides: Record<Side, NextServer> = { files, store };
    for (const server of servers) await fetch(`${server.url}/`).then((r) => r.arrayBuffer());

    const lines = [
      `\`/\` from the store vs from files (DATA_DIR), ${a.events} events of ${a.dataset}, ${seconds} s per run, each side run ${ORDER.length / 2} times in turn; means of its runs`,
      "",
      "| route | clients | files req/s | store req/s | store ÷ files | files CPU per request | store CPU per request | store ÷ files | files p99 | store p99 |",
      "|---|---|---|---|---|---|---|---|---|---|",
    ];
    let offset = 0;
    const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
    for (const connections of connectionCounts) {
      for (const kind of ["cached", "miss"] as const) {
        const got: Record<Side, { rps: number[]; cpu: number[]; p99: number[] }> = { files: { rps: [], cpu: [], p99: [] }, store: { rps: [], cpu: [], p99: [] } };
        for (const [i, name] of ORDER.entries()) {
          // Views never seen before: each pair of runs asks both servers the same new views.
          const start = offset + Math.floor(i / 2) * connections * 100_000;
          const cpuBefore = treeCpuMs(sides[name].pid);
          const result = kind === "cached" ? await cached(sides[name].url, connections, seconds) : await uncached(sides[name].url, connections, seconds, start);
          const cpu = treeCpuMs(sides[name].pid) - cpuBefore;
          got[name].rps.push(result.rps);
          got[name].cpu.push(cpu / Math.max(1, result.requests));
          got[name].p99.push(result.p99);
        }
        offset += ORDER.length * connections * 100_000;
        const [f, s] = [mean(got.files.rps), mean(got.store.rps)];
        const [fc, sc] = [mean(got.files.cpu), mean(got.store.cpu)];
        lines.push(
          `| ${kind === "cached" ? "/ (from the response cache)" : "/ (a view never seen before each time)"} | ${connections} | ${f.toFixed(0)} | ${s.toFixed(0)} | ${(s / f).toFixed(2)} | ${fc.toFixed(2)} ms | ${sc.toFixed(2)} ms | ${(sc / fc).toFixed(2)} | ${Math.max(...got.files.p99)} ms | ${Math.max(...got.store.p99)} ms |`,
        );
        console.error(`  ${kind} ${connections}: files ${got.files.rps.map((r) => r.toFixed(0)).join(", ")} req/s; store ${got.store.rps.map((r) => r.toFixed(0)).join(", ")} req/s`);
      }
    }
    return lines;
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    await rm(root, { recursive: true, force: true });
  }
}
