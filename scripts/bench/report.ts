/**
 * Time to produce the default report PDF (2015-01-01 to 2025-06-30), warm: through the PDF route of a
 * running server, and through the CLI (which starts its own server). Standalone: tsx scripts/bench/report.ts [--base-url URL]
 */
import { execFile } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { startNextServer } from "../report";
import { percentile } from "./stats";

const run = promisify(execFile);
const DEFAULT_ARGS = ["--from", "2015-01-01", "--to", "2025-06-30"];
const RUNS = 3;

const median = (values: number[]) => percentile([...values].sort((a, b) => a - b), 50)!;

async function timed(task: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await task();
  return performance.now() - started;
}

async function fetchPdf(url: string): Promise<void> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  await response.arrayBuffer();
}

export async function benchReport(opts: { baseUrl: string }): Promise<{ label: string; ms: number }[]> {
  const url = `${opts.baseUrl}/report/pdf?from=2015-01-01&to=2025-06-30`;
  await fetchPdf(url); // warm: browser launched, route compiled and cached
  const route: number[] = [];
  for (let i = 0; i < RUNS; i++) route.push(await timed(() => fetchPdf(url)));
  const out = path.join(await mkdtemp(path.join(tmpdir(), "bench-report-")), "report.pdf");
  const cli = () => run(process.execPath, [require.resolve("tsx/cli"), "scripts/report.ts", ...DEFAULT_ARGS, "--out", out]);
  await cli(); // warm: file system caches
  const cliMs = await timed(cli);
  return [
    { label: `report PDF via route, warm (median of ${RUNS})`, ms: Math.round(median(route)) },
    { label: "report PDF via CLI, warm (starts and stops its own server)", ms: Math.round(cliMs) },
  ];
}

/** Prints the report timings; starts its own server unless --base-url is given (npm run bench calls this). */
export async function runReportBench(): Promise<void> {
  const flag = process.argv.indexOf("--base-url");
  const given = flag > 0 ? process.argv[flag + 1] : undefined;
  const server = given ? null : await startNextServer();
  try {
    for (const { label, ms } of await benchReport({ baseUrl: given ?? server!.baseUrl })) console.log(`  ${label}: ${(ms / 1000).toFixed(2)} s`);
  } finally {
    await server?.stop();
  }
}

if (require.main === module) {
  runReportBench().catch((error: unknown) => {
    console.error(`bench:report failed: ${(error as Error).message}`);
    process.exit(1);
  });
}
