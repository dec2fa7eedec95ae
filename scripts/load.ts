/**
 * npm run load: requests per second and latency of the production server under load (a script to
 * read, not a test). Starts the server on the built-in data set (needs `npm run build`) unless
 * LOAD_URL points at one already running; LOAD_SECONDS per run (default 10); LOAD_CONNECTIONS
 * (default "10,50"); LOAD_PORT (default: a free one). Prints a table for /, /report, /api/window, /api/search and /report/pdf, then
 * 20 different PDFs asked for at once while /api/health is timed, then the render attack of issue 18:
 * bomb links on every deck route, the link that used to kill the server, many slide images and the
 * largest .pptx at once, each with /api/health timed and (for a server it started) the RSS of the
 * server and all its children, then the edge attack (scripts/load/edges.ts: junk URLs, slow headers and
 * bodies, 50 MB chunked POSTs while `/` is served from the cache). LOAD_ONLY=render or LOAD_ONLY=edges
 * runs one attack alone. LOAD_ONLY=store compares `/` served from the store with the same record from
 * files, in one run (scripts/load/store.ts). LOAD_ONLY=miss only the explorer views never seen before: what one
 * costs the server (CPU per page, LOAD_MISS_COUNT of them one at a time) and the rows at LOAD_CONNECTIONS.
 * LOAD_ONLY=handout: what the largest handout costs the server's own process, against the render child that
 * writes it (scripts/load/handout.ts; LOAD_HANDOUTS of them, default 5).
 * LOAD_DATA_DIR serves another data set (e.g. one from npm run data:synth).
 */
import autocannon, { type Options, type Result } from "autocannon";
import { deflateSync, strToU8 } from "fflate";
import { DAY_MS, toIsoDay } from "../lib/time/partial-date";
import { edgeAttack, missCost, missRow } from "./load/edges";
import { handoutCost } from "./load/handout";
import { watchHealth } from "./load/process-rss";
import { storeVsFiles } from "./load/store";
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
  const watch = watchHealth(base, null);
  const started = performance.now();
  const codes = await Promise.all(
    Array.from({ length: 20 }, (_, i) => fetch(`${base}/report/pdf?from=2014-01-${String(i + 1).padStart(2, "0")}&to=2025-06-30`).then(async (r) => (await r.arrayBuffer(), r.status))),
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const { health } = await watch.stop();
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

/** Bomb links, the 128-character link of issue 18 and many renders at once, with /api/health timed throughout (issue 18). */
async function renderAttack(base: string, serverPid: number | null): Promise<string[]> {
  const link = (value: unknown) => `1.${Buffer.from(deflateSync(strToU8(JSON.stringify(value)), { level: 9 })).toString("base64url")}`;
  const bomb = link({ id: "bomb", title: "Bomb", steps: Array.from({ length: 3500 }, () => ({ title: "S", summary: "x", from: "2015-01-01", to: "2016-01-01" })) });
  const killer = "1.q1bKTFGyUiooyk9KVdJRKsksyUkF8gOg_OKS1IJiJavoarhMSHl-UYrCKDlKjpKj5Cg5nEhQgV-am5tYVAks6IOBvLSi_Fwg08jA0FTXwBCIQFVEPkTEDCpSG1sLAA";
  const routes = ["/present/image?format=png&deck=", "/present/pptx?deck=", "/report?deck=", "/report/pdf?deck=", "/present?deck="];
  const lines: string[] = [];
  const phase = async (name: string, urls: string[]) => {
    const watch = watchHealth(base, serverPid);
    const started = performance.now();
    const codes = await Promise.all(urls.map((url) => fetch(`${base}${url}`).then(async (r) => (await r.arrayBuffer(), r.status), () => 0)));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const { health, rss } = await watch.stop();
    const counts = new Map<number, number>();
    for (const code of codes) counts.set(code, (counts.get(code) ?? 0) + 1);
    const sorted = [...health].sort((a, b) => a - b);
    const p = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0;
    lines.push(
      `| ${name} | ${urls.length} | ${[...counts].map(([code, count]) => `${code}×${count}`).join(" ")} | ${seconds} s | ${health.length} | ${p(0.5).toFixed(1)} ms | ${Number.isFinite(p(0.99)) ? `${p(0.99).toFixed(1)} ms` : "FAILED"} | ${serverPid ? `${rss.server} MB / ${rss.all} MB` : "—"} |`,
    );
  };
  // Each route's code loaded first: a route's first request loads its bundle, which is not what is measured.
  for (const route of routes) await fetch(`${base}${route}1.AAAA`).then((r) => r.arrayBuffer(), () => null);
  lines.push("| render attack | requests at once | statuses | took | health asks | health p50 | health p99 | peak RSS: server / with its children |", "|---|---|---|---|---|---|---|---|");
  await phase("3,500-step links on every deck route", Array.from({ length: 10 }, (_, i) => `${routes[i % routes.length]}${bomb}`));
  await phase("the 128-character link of issue 18", Array.from({ length: 10 }, (_, i) => `${routes[i % routes.length]}${killer}`));
  // Many clients at once (each request its own X-Forwarded-For is not believed without TRUST_PROXY_HOPS: one client here).
  await phase("slide PNGs, 12 different at once", Array.from({ length: 12 }, (_, i) => `/present/image?story=jcpoa-to-rome&step=${i + 1}&format=png`));
  const largest = link({ id: "largest", title: "Largest", steps: Array.from({ length: 40 }, (_, i) => ({ title: `Step ${i + 1}`, summary: "The talks went on.", from: `${2003 + (i % 20)}-01-01`, to: `${2004 + (i % 20)}-06-30` })) });
  await phase(".pptx of the largest deck (40 steps)", [`/present/pptx?deck=${largest}`]);
  return lines;
}

async function main() {
  if (process.env.LOAD_ONLY === "store") {
    if (!hasProductionBuild()) throw new Error("No production build in .next: run npm run build first.");
    for (const line of await storeVsFiles(SECONDS, CONNECTIONS)) console.log(line);
    return;
  }
  let base = process.env.LOAD_URL;
  let stop = async () => {};
  let serverPid: number | null = null;
  if (!base) {
    if (!hasProductionBuild()) throw new Error("No production build in .next: run npm run build first (or set LOAD_URL).");
    // One proxy hop believed: the rows of new explorer views name a client per request (scripts/load/edges.ts); every other row is one client.
    const server = await startNext(Number(process.env.LOAD_PORT) || null, process.env.LOAD_DATA_DIR || null, { env: { TRUST_PROXY_HOPS: "1" }, startTimeoutMs: 180_000 });
    base = server.url;
    stop = server.stop;
    serverPid = server.pid;
  }
  try {
    if (process.env.LOAD_ONLY === "render") {
      for (const line of await renderAttack(base, serverPid)) console.log(line);
      return;
    }
    if (process.env.LOAD_ONLY === "handout") {
      if (!serverPid) throw new Error("LOAD_ONLY=handout measures a server it starts: unset LOAD_URL.");
      for (const line of await handoutCost(base, serverPid, Number(process.env.LOAD_HANDOUTS ?? 5))) console.log(line);
      return;
    }
    if (process.env.LOAD_ONLY === "miss") {
      await fetch(`${base}/`).then((r) => r.arrayBuffer());
      if (serverPid) console.log(await missCost(base, serverPid, Number(process.env.LOAD_MISS_COUNT ?? 300), 1_000_000));
      console.log("| route | clients | req/s | p50 | p99 | errors | statuses |", "\n|---|---|---|---|---|---|---|");
      for (const connections of CONNECTIONS) console.log((await missRow(base, connections, SECONDS, connections * 100_000)).row);
      return;
    }
    if (process.env.LOAD_ONLY === "edges") {
      await fetch(`${base}/`).then((r) => r.arrayBuffer());
      for (const connections of CONNECTIONS) console.log((await missRow(base, connections, SECONDS, connections * 100_000)).row);
      console.log("");
      for (const line of await edgeAttack(base, serverPid)) console.log(line);
      return;
    }
    // One request each first: the numbers are for a warm server, as it runs after its first visitors.
    for (const target of TARGETS) await fetch(`${base}${target.path}`, { headers: target.headers }).then((r) => r.arrayBuffer());
    console.log(`Load on ${base}, ${SECONDS} s per row (autocannon; the server and the load share this machine)\n`);
    console.log("| route | clients | req/s | p50 | p99 | errors | statuses |");
    console.log("|---|---|---|---|---|---|---|");
    for (const target of TARGETS) for (const connections of CONNECTIONS) console.log(await loadTarget(base, target, connections));
    for (const connections of CONNECTIONS) console.log((await missRow(base, connections, SECONDS, connections * 100_000)).row);
    // The burst is its own client: wait out the per-client PDF budget the rows above used up.
    await new Promise((resolve) => setTimeout(resolve, 30_000));
    console.log("");
    for (const line of await pdfBurst(base)) console.log(line);
    console.log("");
    // Its own client budget again: the PDFs above used this client's.
    await new Promise((resolve) => setTimeout(resolve, 30_000));
    for (const line of await renderAttack(base, serverPid)) console.log(line);
    console.log("");
    for (const line of await edgeAttack(base, serverPid)) console.log(line);
  } finally {
    await stop();
  }
}

main().catch((error: unknown) => {
  console.error(`load failed: ${(error as Error).message}`);
  process.exit(1);
});
