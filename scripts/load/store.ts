import { mkdtemp, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { startNext, type NextServer } from "../next-server";
import { missRow, run } from "./edges";
import { treeCpuMs, treeRssMb } from "./process-rss";

/**
 * LOAD_ONLY=store (npm run load): the explorer served from the store (a new embedded store seeded from
 * data/, as `npm start` keeps it) against the same record read from files (DATA_DIR=data), in one run —
 * with a second file-backed server as a control: two identical servers on a shared machine differ by
 * however much the machine lets them, and a store ÷ files ratio means something only beside that
 * files-again ÷ files ratio. The three are up at once and asked in turn, LOAD_STORE_ROUNDS rounds (default
 * 4), each round in another order (drift on a shared machine falls on every side alike). Each side's figure
 * is the mean of its runs; each ratio is given as the mean of the rounds' ratios and their range; with the
 * server's CPU time per request (its whole process tree, from /proc), which other work on the machine
 * disturbs less than requests per second. Issue 20's target: the store within 10 % of the files.
 * Rows: `/` from the response cache, and explorer views never seen before (each a render from the
 * in-memory index).
 */
const SIDES = ["files", "store", "files again"] as const;
type Side = (typeof SIDES)[number];
const ROUNDS = Math.max(1, Number(process.env.LOAD_STORE_ROUNDS ?? 4));

/** Round r's order: each side first, second and last in turn (a cyclic Latin square, reversed every other cycle). */
function order(round: number): Side[] {
  const shifted = SIDES.map((_, i) => SIDES[(i + round) % SIDES.length]!);
  return Math.floor(round / SIDES.length) % 2 === 0 ? shifted : shifted.reverse();
}

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

const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
const range = (values: number[], digits: number) => `${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}`;

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
    const again = await startNext(port && port + 2, "data", { env });
    servers.push(again);
    const sides: Record<Side, NextServer> = { files, store, "files again": again };
    const [a, b] = [await health(files), await health(store)];
    if (a.events !== b.events || a.dataset !== b.dataset) throw new Error(`the two servers serve different records: files ${a.events} events of ${a.dataset}, store ${b.events} of ${b.dataset}`);
    for (const server of servers) await fetch(`${server.url}/`).then((r) => r.arrayBuffer());
    const loads: number[] = [loadavg()[0]!];

    const lines = [
      `\`/\` from the store vs from files (DATA_DIR), and a second file-backed server as the control; ${a.events} events of ${a.dataset}; ${seconds} s per run, ${ROUNDS} rounds, each round asking the three in another order. Req/s: mean of the runs (their range); ratios: mean of the rounds' ratios (their range).`,
      "",
      "| route | clients | files req/s | store req/s | store ÷ files | control: files again ÷ files | CPU per request, files / store / files again | store ÷ files (CPU) | p99 files / store |",
      "|---|---|---|---|---|---|---|---|---|",
    ];
    let offset = 0;
    for (const connections of connectionCounts) {
      for (const kind of ["cached", "miss"] as const) {
        const got = Object.fromEntries(SIDES.map((side) => [side, { rps: [] as number[], cpu: [] as number[], p99: [] as number[] }])) as Record<Side, { rps: number[]; cpu: number[]; p99: number[] }>;
        // A short run each first, not counted: connections opened, the cache's compressed copies made.
        for (const side of SIDES) await (kind === "cached" ? cached(sides[side].url, connections, 2) : Promise.resolve());
        for (let round = 0; round < ROUNDS; round++) {
          // Views never seen before: each round asks every server the same new views.
          const start = offset + round * connections * 100_000;
          for (const side of order(round)) {
            const cpuBefore = treeCpuMs(sides[side].pid);
            const result = kind === "cached" ? await cached(sides[side].url, connections, seconds) : await uncached(sides[side].url, connections, seconds, start);
            const cpu = treeCpuMs(sides[side].pid) - cpuBefore;
            got[side].rps.push(result.rps);
            got[side].cpu.push(cpu / Math.max(1, result.requests));
            got[side].p99.push(result.p99);
          }
          loads.push(loadavg()[0]!);
        }
        offset += ROUNDS * connections * 100_000;
        const ratios = (side: Side, of: "rps" | "cpu") => got[side][of].map((value, i) => value / got.files[of][i]!);
        const cpu = SIDES.map((side) => `${mean(got[side].cpu).toFixed(3)}`).join(" / ");
        lines.push(
          `| ${kind === "cached" ? "/ (from the response cache)" : "/ (a view never seen before each time)"} | ${connections} | ${mean(got.files.rps).toFixed(0)} (${range(got.files.rps, 0)}) | ${mean(got.store.rps).toFixed(0)} (${range(got.store.rps, 0)}) | ${mean(ratios("store", "rps")).toFixed(2)} (${range(ratios("store", "rps"), 2)}) | ${mean(ratios("files again", "rps")).toFixed(2)} (${range(ratios("files again", "rps"), 2)}) | ${cpu} ms | ${mean(ratios("store", "cpu")).toFixed(2)} (${range(ratios("store", "cpu"), 2)}) | ${Math.max(...got.files.p99)} / ${Math.max(...got.store.p99)} ms |`,
        );
        console.error(`  ${kind} ${connections}: ${SIDES.map((side) => `${side} ${got[side].rps.map((r) => r.toFixed(0)).join(", ")}`).join("; ")} req/s`);
      }
    }
    const rss = SIDES.map((side) => `${side} ${treeRssMb(sides[side].pid).server} MB`).join(", ");
    lines.push("", `Resident memory at the end (server processes): ${rss}. Load average (1 min) over the run: ${range(loads, 2)}.`);
    return lines;
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    await rm(root, { recursive: true, force: true });
  }
}
