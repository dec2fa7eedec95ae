/**
 * npm run bench: Snapshots vs vis-timeline vs TimelineJS on the same events, in one run: the built-in
 * set, then synthetic sets of each size, clumped and evenly spread. docs/PERFORMANCE.md explains each figure.
 * Needs an existing production build (`npm run build`); builds nothing itself.
 */
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { readDatasetDir } from "../lib/data/read-dir";
import { SYNTH_SPREADS, type SynthSpread } from "../lib/synth/generate";
import { checkTargets, formatGestureCost, formatRatios, formatResults, formatTargets, type BenchSet, type Row } from "./bench/format";
import { formatFirstLoad, weighFirstLoad } from "./bench/first-load";
import { CAP_MS, emptyMeasurement, measure, type Measurement, type Target } from "./bench/measure";
import { hasProductionBuild, startNext } from "./next-server";
import { writeSynthDir } from "./synth-dir";
import { toTimelineJsData, toVisData } from "./bench/peer-data";
import { PEER_ASSETS, startPeerServer } from "./bench/peer-server";
import { DRAWN_AT, SNAPSHOTS_PROBE, waitForWindowValue } from "./bench/probes";

const SIZES = (process.env.BENCH_SIZES ?? "1000,10000,100000").split(",").filter(Boolean).map(Number);
const SPREADS = (process.env.BENCH_SPREADS ?? SYNTH_SPREADS.join(",")).split(",").filter(Boolean) as SynthSpread[];
const NEXT_PORT = Number(process.env.BENCH_PORT ?? 3245);
const PEER_PORT = Number(process.env.BENCH_PEER_PORT ?? 3250);
const TOOLS = new Set((process.env.BENCH_TOOLS ?? "snapshots,vis-timeline,timelinejs").toLowerCase().split(","));
/** Each measurement is repeated this often (median reported) while it draws within REPEAT_BELOW_MS. */
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const REPEAT_BELOW_MS = 10_000;
const SEED = 1;
const LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--enable-precise-memory-info",
    // Nothing but loopback: every other host fails to resolve, without intercepting requests (which delays each).
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
  ],
};

/** A fresh browser per measurement; killed outright afterwards, since a peer over the cap may still be busy. */
async function runOnce(target: Target): Promise<Measurement> {
  const server = await chromium.launchServer(LAUNCH);
  const browser = await chromium.connect(server.wsEndpoint());
  const result = emptyMeasurement();
  // A busy page can stall the gestures too: the whole measurement gets the cap plus the 4 s of gestures and some slack.
  let capped = false;
  const cap = new Promise<void>((resolve) => setTimeout(() => resolve(void (capped = true)), CAP_MS + 30_000).unref());
  try {
    // Past the cap the browser is killed under the measurement: its errors then say nothing.
    await Promise.race([measure(browser, target, result).catch((error: unknown) => capped || console.log(`  ${(error as Error).message}`)), cap]);
    return result;
  } finally {
    await server.kill();
  }
}

function median(values: (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  return known.length === 0 ? null : known[Math.floor((known.length - 1) / 2)]!;
}

/** Up to RUNS measurements (one when the first is slow); each figure is the median over the runs. */
async function run(target: Target, label: string): Promise<{ m: Measurement; runs: number }> {
  const all: Measurement[] = [];
  do {
    const m = await runOnce(target);
    all.push(m);
    const ms = (v: number | null) => (v === null ? "–" : `${Math.round(v)} ms`);
    console.log(`  ${label} run ${all.length}: FCP ${ms(m.fcpMs)}, drawn ${ms(m.drawnMs)}, zoom answered ${ms(m.zoomMs)}, frame p95 ${m.frameP95?.toFixed(1) ?? "–"} ms`);
  } while (all.length < RUNS && all[0]!.drawnMs !== null && all[0]!.drawnMs < REPEAT_BELOW_MS);
  const m = { ...all[0]! };
  for (const key of Object.keys(m) as (keyof Measurement)[]) {
    if (typeof m[key] === "number" || m[key] === null) (m as unknown as Record<string, number | null>)[key] = median(all.map((x) => x[key] as number | null));
  }
  m.blocked = all.flatMap((x) => x.blocked);
  return { m, runs: all.length };
}

/** One throwaway load, so the measured ones find the server's page cache and the file system warm, as a visitor after the first would. */
async function warmUp(url: string) {
  const browser = await chromium.launch(LAUNCH);
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(SNAPSHOTS_PROBE);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: "commit", timeout: CAP_MS });
    await waitForWindowValue(page, DRAWN_AT, 30_000);
  } catch (error) {
    console.log(`  warm-up: ${(error as Error).message}`);
  } finally {
    await browser.close();
  }
}

async function writeSet(root: string, count: number, spread: SynthSpread) {
  const dir = path.join(root, `${count}-${spread}`);
  await writeSynthDir(dir, { events: count, seed: SEED, spread });
  return dir;
}

async function runReportBench() {
  const file = path.join(process.cwd(), "scripts", "bench", "report.ts");
  if (!existsSync(file)) return;
  console.log("\nReport benchmark (scripts/bench/report.ts):");
  try {
    const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    const entry = [mod.default, mod.main, mod.run, mod.runReportBench].find((f) => typeof f === "function") as (() => unknown) | undefined;
    await entry?.();
  } catch (error) {
    console.log(`  failed: ${(error as Error).message}`);
  }
}

const load = () => loadavg().map((v) => v.toFixed(2)).join(" ");

/**
 * A tool past the cap is killed under its measurement, and playwright's pending calls then reject wherever
 * they were made: the run reports it as "> cap" and goes on rather than crash ("Browser closed").
 */
process.on("unhandledRejection", (error: unknown) => {
  const message = (error as Error)?.message ?? String(error);
  if (/closed|Target|crashed|disconnected/i.test(message)) console.log(`  (after the cap: ${message.split("\n")[0]})`);
  else throw error;
});

async function main() {
  if (!hasProductionBuild()) {
    console.error("npm run bench needs a production build and builds nothing itself: run `npm run build` first.");
    process.exit(1);
  }
  const started = Date.now();
  console.log(`npm run bench: ${new Date().toISOString()}, load average ${load()}`);
  const root = await mkdtemp(path.join(tmpdir(), "snapshots-bench-"));
  const peers = await startPeerServer(PEER_PORT);
  for (const asset of PEER_ASSETS) await fetch(`${peers.url}${asset}`).then((r) => r.arrayBuffer());
  const rows: Row[] = [];
  const sets: BenchSet[] = [];
  const loads: string[] = [];
  let firstLoad: string | null = null;
  try {
    const plan: { set: BenchSet; dir: string | null }[] = [{ set: { name: "built-in", size: null, spread: null }, dir: null }];
    for (const size of SIZES)
      for (const spread of SPREADS) plan.push({ set: { name: `${size.toLocaleString("en-GB")} ${spread}`, size, spread }, dir: await writeSet(root, size, spread) });
    for (const { set, dir } of plan) {
      const loaded = await readDatasetDir(dir ?? path.resolve(process.env.DATA_DIR ?? "data"));
      if (!loaded.ok) {
        console.log(`\n${set.name}: skipped — the data set does not validate (npm run data:check${dir ? ` -- ${dir}` : ""})`);
        continue;
      }
      sets.push(set);
      const { manifest, events } = loaded.dataset;
      loads.push(load());
      console.log(`\n${set.name}: ${events.length} events (load average ${loads.at(-1)})`);
      if (TOOLS.has("snapshots")) {
        const next = await startNext(NEXT_PORT, dir);
        try {
          const target: Target = { url: `${next.url}/`, gestureSelector: "svg.figure", wheelZoom: true, snapshots: true };
          await warmUp(target.url);
          rows.push({ set, tool: "Snapshots", ...(await run(target, "Snapshots")) });
          if (set.size === null) firstLoad = formatFirstLoad(await weighFirstLoad(target.url));
        } finally {
          await next.stop();
        }
      }
      peers.setData("vis", toVisData(manifest, events));
      peers.setData("timelinejs", toTimelineJsData(manifest, events));
      for (const [tool, page, selector, wheelZoom] of [
        ["vis-timeline", "vis.html", "#chart", true],
        ["TimelineJS", "timelinejs.html", "#chart", false],
      ] as const) {
        if (!TOOLS.has(tool.toLowerCase())) continue;
        const target: Target = { url: `${peers.url}/${page}`, gestureSelector: selector, wheelZoom, snapshots: false };
        rows.push({ set, tool, ...(await run(target, tool)) });
      }
      console.log(formatResults(rows.filter((row) => row.set === set)));
    }
  } finally {
    await peers.close();
    await rm(root, { recursive: true, force: true });
  }
  console.log(`\nResults (1280×800, headless Chromium, cap ${CAP_MS / 1000} s; "> cap" = not within the cap; median of "runs" loads)\n`);
  console.log(formatResults(rows));
  console.log("\nRatios Snapshots ÷ the faster peer (below 1: Snapshots is faster)\n");
  console.log(rows.some((row) => row.tool !== "Snapshots") ? formatRatios(rows, sets) : "(no peers measured: BENCH_TOOLS)");
  console.log("\nMain-thread time during the 4 s of scripted zoom and pan (CDP Performance metrics), and Snapshots' figure frames\n");
  console.log(formatGestureCost(rows));
  console.log("\nTargets (issues 9 and 22)\n");
  console.log(formatTargets(checkTargets(rows, sets)));
  if (firstLoad) console.log(`\nWhat the built-in set's \`/\` asks for before it paints and hydrates (scripts/bench/first-load.ts)\n\n${firstLoad}`);
  const blocked = rows.flatMap((row) => row.m.blocked.map((url) => `${row.tool} (${row.set.name}): ${url}`));
  if (blocked.length > 0) console.log(`\nRequests to other hosts than 127.0.0.1 (none resolve):\n${blocked.join("\n")}`);
  console.log(`\nLoad average at the start of each set: ${loads.join("; ")}; at the end: ${load()}. ${Math.round((Date.now() - started) / 60_000)} min in all.`);
  await runReportBench();
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${(error as Error).stack ?? error}`);
  process.exit(1);
});
