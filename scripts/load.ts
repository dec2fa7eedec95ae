/**
 * npm run load: requests per second and latency of the production server under load (a script to
 * read, not a test). Starts the server on the built-in data set (needs `npm run build`) unless
 * LOAD_URL points at one already running; LOAD_SECONDS per run (default 10); LOAD_CONNECTIONS
 * (default "10,50"). Prints a table for /, /report, /api/window, /api/search and /report/pdf, then
 * 20 different PDFs asked for at once while /api/health is timed.
 */
import autocannon, { type Options, type Result } from "autocannon";
import { DAY_MS, toIsoDay } from "../lib/time/partial-date";
import { hasProductionBuild, startNext } from "./next-server";

const SECONDS = Number(process.env.LOAD_SECONDS ?? 10);
const CONNECTIONS = (process.env.LOAD_CONNECTIONS ?? "10,50").split(",").map(Number);

interface Target {
  name: string;
  path: string;
  headers?: Record<string, string>;
  /** Each request a new URL: nothing comes from a cache. */
  vary?: (n: number) => string;
}

const TARGETS: Target[] = [
  { name: "/", path: "/" },
  { name: "/ (gzip, as browsers ask)", path: "/", headers: { "accept-encoding": "gzip, deflate, br, zstd" } },
  { name: "/report", path: "/report" },
  { name: "/api/window", path: "/api/window?from=2015-01-01&to=2025-06-30&px=1200" },
  { name: "/api/search", path: "/api/search?q=talks" },
  { name: "/api/search (new query each time)", path: "/api/search?q=a", vary: (n) => `/api/search?q=${["talks", "nuclear", "iran", "deal", "rome"][n % 5]}+${n}` },
  { name: "/report/pdf (one period)", path: "/report/pdf?from=2015-01-01&to=2025-06-30" },
  { name: "/report/pdf (new period each time)", path: "/report/pdf", vary: (n) => `/report/pdf?from=2015-01-01&to=${toIsoDay(Date.UTC(2016, 0, 1) + n * DAY_MS)}` },
];

function run(options: Options): Promise<Result> {
  return new Promise((resolve, reject) => autocannon(options, (error, result) => (error ? reject(error) : resolve(result))));
}

function statuses(result: Result): string {
  return Object.entries(result.statusCodeStats ?? {})
    .map(([code, { count }]) => `${code}×${count}`)
    .join(" ");
}

async function loadTarget(base: string, target: Target, connections: number): Promise<string> {
  let n = 0;
  const result = await run({
    url: `${base}${target.path}`,
    connections,
    duration: SECONDS,
    headers: target.headers,
    requests: target.vary ? [{ setupRequest: (request) => ({ ...request, path: target.vary!(n++) }) }] : undefined,
  });
  const cells = [
    target.name,
    String(connections),
    result.requests.average.toFixed(0),
    `${result.latency.p50} ms`,
    `${result.latency.p99} ms`,
    String(result.errors + result.timeouts),
    statuses(result),
  ];
  return `| ${cells.join(" | ")} |`;
}

/** 20 different PDFs at once, with /api/health timed every 50 ms until they are all answered. */
async function pdfBurst(base: string): Promise<string[]> {
  const health: number[] = [];
  let done = false;
  const probe = (async () => {
    while (!done) {
      const started = performance.now();
      const ok = await fetch(`${base}/api/health`).then((r) => r.ok, () => false);
      health.push(ok ? performance.now() - started : Infinity);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  const started = performance.now();
  const codes = await Promise.all(
    Array.from({ length: 20 }, (_, i) => fetch(`${base}/report/pdf?from=2014-01-${String(i + 1).padStart(2, "0")}&to=2025-06-30`).then(async (r) => (await r.arrayBuffer(), r.status))),
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  done = true;
  await probe;
  const counts = new Map<number, number>();
  for (const code of codes) counts.set(code, (counts.get(code) ?? 0) + 1);
  const sorted = [...health].sort((a, b) => a - b);
  const worst = sorted.at(-1) ?? 0;
  return [
    `20 different PDFs at once: ${[...counts].map(([code, count]) => `${code}×${count}`).join(" ")} in ${seconds} s` +
      ` (${codes.every((code) => [200, 429, 503].includes(code)) ? "only 200, 429 or 503" : "UNEXPECTED STATUSES"})`,
    `/api/health meanwhile: ${health.length} asks, median ${sorted[Math.floor(sorted.length / 2)]?.toFixed(1)} ms, worst ${Number.isFinite(worst) ? `${worst.toFixed(1)} ms` : "FAILED"}`,
  ];
}

async function main() {
  let base = process.env.LOAD_URL;
  let stop = async () => {};
  if (!base) {
    if (!hasProductionBuild()) throw new Error("No production build in .next: run npm run build first (or set LOAD_URL).");
    const server = await startNext(null, null);
    base = server.url;
    stop = server.stop;
  }
  try {
    // One request each first: the numbers are for a warm server, as it runs after its first visitors.
    for (const target of TARGETS) await fetch(`${base}${target.path}`, { headers: target.headers }).then((r) => r.arrayBuffer());
    console.log(`Load on ${base}, ${SECONDS} s per row (autocannon; the server and the load share this machine)\n`);
    console.log("| route | clients | req/s | p50 | p99 | errors | statuses |");
    console.log("|---|---|---|---|---|---|---|");
    for (const target of TARGETS) for (const connections of CONNECTIONS) console.log(await loadTarget(base, target, connections));
    // The burst is its own client: wait out the per-client PDF budget the rows above used up.
    await new Promise((resolve) => setTimeout(resolve, 30_000));
    console.log("");
    for (const line of await pdfBurst(base)) console.log(line);
  } finally {
    await stop();
  }
}

main().catch((error: unknown) => {
  console.error(`load failed: ${(error as Error).message}`);
  process.exit(1);
});
