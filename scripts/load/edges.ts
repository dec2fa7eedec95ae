import { fork } from "node:child_process";
import { readFileSync } from "node:fs";
import { request } from "node:http";
import { connect } from "node:net";
import { availableParallelism } from "node:os";
import path from "node:path";
import autocannon, { type Options, type Result } from "autocannon";
import { treeCpuMs, watchHealth } from "./process-rss";

/**
 * The edge attack of issue 18, for npm run load: for LOAD_ATTACK_SECONDS (default 40) at once, a
 * junk-URL flood, slowloris headers, bodies that trickle, 50 MB chunked POSTs, while `/` is asked for
 * from the cache by 10 clients and /api/health is timed; then explorer views never seen before at 10
 * clients (each one a render). Each part runs in a process of its own (scripts/load/attacker.ts), so
 * one part's work never delays another's timing; the CPU the server, the generator and the whole
 * machine used is printed with the figures. Prints what each part got, 5xx counted everywhere.
 */

const DAY_MS = 86_400_000;
const MB = 1024 * 1024;

export function run(options: Options): Promise<Result> {
  return new Promise((resolve, reject) => autocannon(options, (error, result) => (error ? reject(error) : resolve(result))));
}

function statusCounts(result: Result): Map<number, number> {
  return new Map(Object.entries(result.statusCodeStats ?? {}).map(([code, stats]) => [Number(code), stats?.count ?? 0]));
}

function describe(counts: Map<number, number>): string {
  return [...counts]
    .sort(([a], [b]) => a - b)
    .map(([code, count]) => `${code}×${count}`)
    .join(" ");
}

function fivexx(counts: Map<number, number>): number {
  return [...counts].reduce((sum, [code, count]) => sum + (code >= 500 ? count : 0), 0);
}

/** The n-th explorer view never asked for before: a window of 30 days to ten years starting in 2002–2024. */
export function newView(n: number): string {
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const from = Date.UTC(2002, 0, 1) + ((n * 7919) % 8_400) * DAY_MS;
  return `/?from=${day(from)}&to=${day(from + (30 + ((n * 104_729) % 3_620)) * DAY_MS)}`;
}

/**
 * Explorer views never seen before, at `connections` connections: each request a render. A row of the
 * load table. Each request names its own client in X-Forwarded-For, as many visitors would (believed
 * when the server runs with TRUST_PROXY_HOPS=1), so this measures what the server can draw, not one
 * client's page budget.
 */
export async function missRow(base: string, connections: number, seconds: number, offset = 0): Promise<{ row: string; rps: number; requests: number; p99: number; fivexx: number }> {
  let n = offset;
  const result = await run({
    url: base,
    connections,
    duration: seconds,
    requests: [
      {
        setupRequest: (req) => {
          const i = n++;
          return { ...req, path: newView(i), headers: { ...req.headers, "accept-encoding": "gzip, deflate, br, zstd", "x-forwarded-for": `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` } };
        },
      },
    ],
  });
  const counts = statusCounts(result);
  const cells = ["/ (explorer, a view never seen before each time)", String(connections), result.requests.average.toFixed(0), `${result.latency.p50} ms`, `${result.latency.p99} ms`, String(result.errors + result.timeouts), describe(counts)];
  return { row: `| ${cells.join(" | ")} |`, rps: result.requests.average, requests: result.requests.total, p99: result.latency.p99, fivexx: fivexx(counts) };
}

/**
 * What one explorer view never seen before costs the server: `count` of them asked one after another (each
 * its own client), the CPU time of the server and everything under it (all threads) over them divided by the count, and the median and
 * 10th-percentile time to the whole answer. The load generator's own work is not in the CPU figure.
 */
export async function missCost(base: string, serverPid: number, count: number, offset = 0): Promise<string> {
  const ask = async (i: number) => {
    const started = performance.now();
    const response = await fetch(`${base}${newView(i)}`, { headers: { "x-forwarded-for": `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` } });
    const bytes = (await response.arrayBuffer()).byteLength;
    return { ms: performance.now() - started, bytes, status: response.status };
  };
  // Warm: the first pages of a process compile the render path.
  for (let i = 0; i < 30; i++) await ask(offset + count + i);
  const before = treeCpuMs(serverPid);
  const answers = [];
  for (let i = 0; i < count; i++) answers.push(await ask(offset + i));
  const cpu = (treeCpuMs(serverPid) - before) / count;
  const times = answers.map((a) => a.ms).sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(times.length * q))]!.toFixed(1);
  const counts = new Map<number, number>();
  for (const { status } of answers) counts.set(status, (counts.get(status) ?? 0) + 1);
  const statuses = describe(counts);
  const kb = answers.reduce((sum, a) => sum + a.bytes, 0) / count / 1024;
  return `${count} views never seen before, one at a time: server CPU ${cpu.toFixed(1)} ms a page, answered in ${at(0.1)} ms (p10) / ${at(0.5)} ms (p50), ${kb.toFixed(0)} kB of HTML each, ${statuses}`;
}

/** Junk no page reads: parameters, values, paths, briefing links. */
function junkUrl(n: number): string {
  const junk = `${n}${Math.random().toString(36).slice(2, 8)}`;
  return [`/?utm_${junk}=x`, `/?from=${junk}&to=${junk}`, `/no-such-page-${junk}`, `/present?deck=1.${junk}`, `/api/search?q=talks&_=${junk}`][n % 5]!;
}

/** A raw connection that sends `head`, then a byte every 500 ms, until the server answers or closes it. */
function trickle(port: number, head: string, piece: string, stopped: () => boolean): Promise<{ status: number; livedMs: number }> {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = connect(port, "127.0.0.1");
    let answer = "";
    const timer = setInterval(() => {
      if (stopped()) socket.destroy();
      else if (socket.writable) socket.write(piece);
    }, 500);
    socket.on("data", (data) => (answer += data.toString("latin1")));
    socket.on("error", () => {});
    socket.on("close", () => {
      clearInterval(timer);
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0), livedMs: Date.now() - started });
    });
    socket.write(head);
  });
}

/**
 * POSTs up to 50 MB in 64 kB chunks, one every 2 ms or so (paced, so what was sent is about what the
 * server has read, not what sits in socket buffers); resolves with the status and how much was sent before it came.
 */
function chunkedPost(base: string): Promise<{ status: number; sent: number }> {
  return new Promise((resolve) => {
    const piece = Buffer.alloc(64 * 1024, "a");
    let sent = 0;
    let answered = false;
    const req = request(`${base}/present/pptx`, { method: "POST", headers: { "Transfer-Encoding": "chunked", "Content-Type": "application/x-www-form-urlencoded" } }, (res) => {
      answered = true;
      const at = sent;
      res.resume().on("end", () => resolve({ status: res.statusCode!, sent: at }));
    });
    req.on("error", () => answered || resolve({ status: 0, sent }));
    const next = () => {
      if (answered || sent >= 50 * MB) return void req.end();
      sent += piece.length;
      req.write(piece, () => setTimeout(next, 2));
    };
    next();
  });
}

export type AttackPart = "health" | "home" | "junk" | "slow" | "chunked";

/** What one part saw, as it crosses from its process (plain data). */
export interface PartResult {
  /** Status counts, [code, count]. */
  counts?: [number, number][];
  /** An autocannon row: mean and per-second minimum and 10th percentile of req/s, latency p50/p99, errors. */
  rate?: { average: number; min: number; p10: number; p50: number; p99: number; errors: number };
  health?: number[];
  rss?: { server: number; all: number };
  slow?: { headers: [number, number][]; body: [number, number][]; longest: { headers: number; body: number } };
  mostSent?: number;
}

function rateOf(result: Result): NonNullable<PartResult["rate"]> {
  return { average: result.requests.average, min: result.requests.min, p10: result.requests.p10, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.timeouts };
}

/** One part of the edge attack, for `seconds`: run in a process of its own by scripts/load/attacker.ts. */
export async function attackPart(part: AttackPart, base: string, seconds: number, serverPid: number | null): Promise<PartResult> {
  const until = Date.now() + seconds * 1000;
  const stopped = () => Date.now() >= until;
  const port = Number(new URL(base).port);
  if (part === "health") {
    // /api/health every 50 ms, and the server's memory with it.
    const watch = watchHealth(base, serverPid);
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    return watch.stop();
  }
  if (part === "home") {
    const home = await run({ url: `${base}/`, connections: 10, duration: seconds, headers: { "accept-encoding": "gzip, deflate, br, zstd" } });
    return { counts: [...statusCounts(home)], rate: rateOf(home) };
  }
  if (part === "junk") {
    let n = 0;
    const junk = await run({ url: base, connections: 20, duration: seconds, requests: [{ setupRequest: (req) => ({ ...req, path: junkUrl(n++) }) }] });
    return { counts: [...statusCounts(junk)], rate: rateOf(junk) };
  }
  if (part === "slow") {
    // Slow senders: each one, cut, comes back at once.
    const slowSockets = Number(process.env.LOAD_SLOW_SOCKETS ?? 200);
    const slow = { headers: new Map<number, number>(), body: new Map<number, number>(), longest: { headers: 0, body: 0 } };
    const slowLoop = async (kind: "headers" | "body") => {
      while (!stopped()) {
        const { status, livedMs } =
          kind === "headers"
            ? await trickle(port, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n", "X", stopped)
            : await trickle(port, "POST /present/pptx HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 100000\r\n\r\ndeck=", "A", stopped);
        if (stopped()) break;
        slow[kind].set(status, (slow[kind].get(status) ?? 0) + 1);
        slow.longest[kind] = Math.max(slow.longest[kind], livedMs);
      }
    };
    await Promise.all([...Array.from({ length: slowSockets }, () => slowLoop("headers")), ...Array.from({ length: slowSockets }, () => slowLoop("body"))]);
    return { slow: { headers: [...slow.headers], body: [...slow.body], longest: slow.longest } };
  }
  // 50 MB chunked bodies, four senders in a loop.
  const counts = new Map<number, number>();
  let mostSent = 0;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (!stopped()) {
        const { status, sent } = await chunkedPost(base);
        counts.set(status, (counts.get(status) ?? 0) + 1);
        mostSent = Math.max(mostSent, sent);
      }
    }),
  );
  return { counts: [...counts], mostSent };
}

/** Runs each part in a process of its own (scripts/load/attacker.ts), all starting together; resolves with each part's result and CPU time. */
async function runParts(parts: AttackPart[], base: string, seconds: number, serverPid: number | null): Promise<Map<AttackPart, { result: PartResult; cpuMs: number }>> {
  const children = parts.map((part) => {
    const child = fork(path.join(process.cwd(), "scripts", "load", "attacker.ts"), [], { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
    child.send({ part, base, seconds, serverPid });
    const ready = new Promise<void>((resolve) => child.once("message", () => resolve()));
    return { part, child, ready };
  });
  await Promise.all(children.map(({ ready }) => ready));
  const done = children.map(
    ({ part, child }) =>
      new Promise<[AttackPart, { result: PartResult; cpuMs: number }]>((resolve, reject) => {
        child.once("message", (message: { result: PartResult; cpuMs: number }) => resolve([part, message]));
        child.once("exit", (code) => reject(new Error(`the ${part} part of the attack exited (${code}) before it answered`)));
      }),
  );
  for (const { child } of children) child.send("go");
  return new Map(await Promise.all(done));
}

/** The machine's CPU time in ms (all cores, /proc/stat): busy and all. */
function machineCpuMs(): { busy: number; total: number } {
  const [, ...ticks] = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).map(Number);
  const total = ticks.reduce((sum, t) => sum + t, 0);
  // idle and iowait are the 4th and 5th.
  return { busy: (total - ticks[3]! - ticks[4]!) * 10, total: total * 10 };
}

/** When the slowest health answer came, in seconds from the start (each ask follows the last by 50 ms). */
function worstAt(health: number[]): string {
  const worst = health.indexOf(Math.max(...health));
  const at = health.slice(0, worst).reduce((sum, ms) => sum + (Number.isFinite(ms) ? ms : 10_000) + 50, 0);
  return `asked ${(at / 1000).toFixed(1)} s in`;
}

export async function edgeAttack(base: string, serverPid: number | null): Promise<string[]> {
  const seconds = Number(process.env.LOAD_ATTACK_SECONDS ?? 40);
  const slowSockets = Number(process.env.LOAD_SLOW_SOCKETS ?? 200);
  // Each kind of junk once first: a route's first request loads its code (a second or so of the server's loop), which
  // happens once per process and is not what is measured.
  for (let i = 0; i < 5; i++) await fetch(`${base}${junkUrl(i)}`, { redirect: "manual" }).then((r) => r.arrayBuffer(), () => null);
  const serverCpuBefore = serverPid ? treeCpuMs(serverPid) : 0;
  const machineBefore = machineCpuMs();
  const started = performance.now();
  const parts = await runParts(["health", "home", "junk", "slow", "chunked"], base, seconds, serverPid);
  const wallMs = performance.now() - started;
  const serverCpu = serverPid ? treeCpuMs(serverPid) - serverCpuBefore : 0;
  const machineAfter = machineCpuMs();
  const generatorCpu = [...parts.values()].reduce((sum, { cpuMs }) => sum + cpuMs, 0);
  const { health = [], rss = { server: 0, all: 0 } } = parts.get("health")!.result;
  const home = parts.get("home")!.result;
  const junk = parts.get("junk")!.result;
  const slowPart = parts.get("slow")!.result.slow!;
  const chunkedPart = parts.get("chunked")!.result;
  const slow = { headers: new Map(slowPart.headers), body: new Map(slowPart.body), longest: slowPart.longest };
  const chunked = { counts: new Map(chunkedPart.counts), mostSent: chunkedPart.mostSent ?? 0 };

  const sorted = [...health].sort((a, b) => a - b);
  const p = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0;
  const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : "FAILED");
  const junkCounts = new Map(junk.counts);
  const homeCounts = new Map(home.counts);
  const total5xx = fivexx(junkCounts) + fivexx(homeCounts) + fivexx(chunked.counts) + fivexx(slow.headers) + fivexx(slow.body);
  const cores = (cpu: number) => `${(cpu / wallMs).toFixed(2)} cores`;
  const machine = machineAfter.busy - machineBefore.busy;
  return [
    `| edge attack, ${seconds} s all at once | result |`,
    "|---|---|",
    `| junk-URL flood, 20 clients (junk parameters, values, paths, briefing links) | ${junk.rate!.average.toFixed(0)} req/s, p99 ${junk.rate!.p99} ms, ${describe(junkCounts)}, ${junk.rate!.errors} errors |`,
    `| / from the cache meanwhile, 10 clients (gzip) | ${home.rate!.average.toFixed(0)} req/s (slowest second ${home.rate!.min}, p10 of seconds ${home.rate!.p10}), p50 ${home.rate!.p50} ms, p99 ${home.rate!.p99} ms, ${describe(homeCounts)}, ${home.rate!.errors} errors |`,
    `| slowloris: ${slowSockets} connections sending headers a byte every 0.5 s | answers ${describe(slow.headers)}; longest-lived ${(slow.longest.headers / 1000).toFixed(1)} s |`,
    `| slow bodies: ${slowSockets} POSTs sending a byte every 0.5 s | answers ${describe(slow.body)}; longest-lived ${(slow.longest.body / 1000).toFixed(1)} s |`,
    `| 50 MB chunked POSTs, 4 senders in a loop | ${describe(chunked.counts)}; at most ${(chunked.mostSent / MB).toFixed(2)} MB sent before the answer (${chunked.counts.get(0) ?? 0} reset) |`,
    `| /api/health every 50 ms | ${health.length} asks, p50 ${ms(p(0.5))}, p99 ${ms(p(0.99))}, worst ${ms(sorted.at(-1) ?? 0)} (${worstAt(health)}) |`,
    `| peak RSS: server / with its children | ${serverPid ? `${rss.server} MB / ${rss.all} MB` : "—"} |`,
    `| 5xx, all parts | ${total5xx} |`,
    `| CPU used over the attack (${(wallMs / 1000).toFixed(1)} s): server, its children / load generator (5 processes) / whole machine | ${serverPid ? cores(serverCpu) : "—"} / ${cores(generatorCpu)} / ${cores(machine)} of ${availableParallelism()} |`,
  ];
}
