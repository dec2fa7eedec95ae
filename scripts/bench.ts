/**
 * npm run bench: Snapshots vs vis-timeline vs TimelineJS on the same events, in one run.
 * Needs an existing production build (`npm run build`); builds nothing itself.
 */
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { DATA_FILES } from "../lib/data/files";
import { readDatasetDir } from "../lib/data/read-dir";
import { generateSynthDataset } from "../lib/synth/generate";
import { formatGestureCost, formatRatios, formatResults, kb, type Row } from "./bench/format";
import { CAP_MS, emptyMeasurement, measure, type Measurement, type Target } from "./bench/measure";
import { hasProductionBuild, startNext } from "./next-server";
import { toTimelineJsData, toVisData } from "./bench/peer-data";
import { startPeerServer } from "./bench/peer-server";

const SIZES = (process.env.BENCH_SIZES ?? "1000,10000,100000").split(",").map(Number);
const NEXT_PORT = Number(process.env.BENCH_PORT ?? 3245);
const PEER_PORT = Number(process.env.BENCH_PEER_PORT ?? 3250);
const TOOLS = new Set((process.env.BENCH_TOOLS ?? "snapshots,vis-timeline,timelinejs").toLowerCase().split(","));
const SEED = 1;
const LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--enable-precise-memory-info"],
};

/** A fresh browser per measurement; killed outright afterwards, since a peer over the cap may still be busy. */
async function run(target: Target, isSnapshots: boolean): Promise<Measurement> {
  const server = await chromium.launchServer(LAUNCH);
  const browser = await chromium.connect(server.wsEndpoint());
  const result = emptyMeasurement();
  // A busy page can stall the gestures too: the whole measurement gets the cap plus the 4 s of gestures and some slack.
  const cap = new Promise<void>((resolve) => setTimeout(resolve, CAP_MS + 30_000).unref());
  try {
    await Promise.race([measure(browser, target, isSnapshots, result).catch((error: unknown) => console.log(`  ${(error as Error).message}`)), cap]);
    return result;
  } finally {
    await server.kill();
  }
}

async function writeSet(root: string, count: number) {
  const dir = path.join(root, String(count));
  const set = generateSynthDataset({ events: count, seed: SEED });
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, DATA_FILES.manifest), JSON.stringify(set.manifest));
  await writeFile(path.join(dir, DATA_FILES.events), JSON.stringify(set.events));
  await writeFile(path.join(dir, DATA_FILES.annotations), JSON.stringify(set.annotations));
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

async function main() {
  if (!hasProductionBuild()) {
    console.error("npm run bench needs a production build and builds nothing itself: run `npm run build` first.");
    process.exit(1);
  }
  const root = await mkdtemp(path.join(tmpdir(), "snapshots-bench-"));
  const peers = await startPeerServer(PEER_PORT);
  const rows: Row[] = [];
  let firstLoadJs: number | null = null;
  try {
    const sets: { name: string; dir: string | null }[] = [{ name: "default", dir: null }];
    for (const size of SIZES) sets.push({ name: size.toLocaleString("en-GB"), dir: await writeSet(root, size) });
    for (const { name, dir } of sets) {
      const loaded = await readDatasetDir(dir ?? path.resolve(process.env.DATA_DIR ?? "data"));
      if (!loaded.ok) {
        console.log(`\n${name}: skipped — the data set does not validate (npm run data:check${dir ? ` -- ${dir}` : ""})`);
        continue;
      }
      const { manifest, events } = loaded.dataset;
      console.log(`\n${name}: ${events.length} events`);
      const next = TOOLS.has("snapshots") ? await startNext(NEXT_PORT, dir) : null;
      if (next) try {
        const m = await run({ url: `${next.url}/`, gestureSelector: "[data-drawn], main svg, main canvas" }, true);
        rows.push({ set: name, tool: "Snapshots", m });
        if (!dir) firstLoadJs = m.jsGzipBytes;
        console.log(formatResults(rows.slice(-1)));
      } finally {
        await next.stop();
      }
      peers.setData("vis", toVisData(manifest, events));
      peers.setData("timelinejs", toTimelineJsData(manifest, events));
      for (const [tool, page, selector] of [["vis-timeline", "vis.html", ".vis-timeline"], ["TimelineJS", "timelinejs.html", ".tl-timenav"]] as const) {
        if (!TOOLS.has(tool.toLowerCase())) continue;
        rows.push({ set: name, tool, m: await run({ url: `${peers.url}/${page}`, gestureSelector: selector }, false) });
        console.log(formatResults(rows.slice(-1)));
      }
    }
  } finally {
    await peers.close();
    await rm(root, { recursive: true, force: true });
  }
  console.log(`\nResults (1280×800, headless Chromium, cap ${CAP_MS / 1000} s; "> cap" = not drawn within the cap)\n`);
  console.log(formatResults(rows));
  console.log("\nRatios Snapshots / peer (below 1: Snapshots is faster or lighter)\n");
  console.log(rows.some((row) => row.tool !== "Snapshots") ? formatRatios(rows) : "(no peers measured: BENCH_TOOLS)");
  console.log("\nMain-thread time during the 4 s of scripted zoom and pan (CDP Performance metrics)\n");
  console.log(formatGestureCost(rows));
  if (firstLoadJs !== null) console.log(`\nExplorer first-load JS, default data set: ${kb(firstLoadJs)} gzip`);
  const blocked = rows.flatMap((row) => row.m.blocked.map((url) => `${row.tool} (${row.set}): ${url}`));
  if (blocked.length > 0) console.log(`\nRefused non-loopback requests:\n${blocked.join("\n")}`);
  await runReportBench();
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${(error as Error).stack ?? error}`);
  process.exit(1);
});
