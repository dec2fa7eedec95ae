/**
 * npm run report -- --from 2015-01-01 --to 2025-06-30 [--lanes a,b] [--paper a4|letter] [--expert id] [--q text]
 *                   [--event id] [--orientation auto|portrait|landscape] --out report.pdf
 * Writes the report PDF without a running server: it starts the production build on a free loopback port,
 * asks its PDF route, and stops it again.
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { parseReportQuery, toReportSearch } from "../lib/report/report-query";
import { hasProductionBuild, startNext } from "./next-server";

const QUERY_KEYS = ["from", "to", "lanes", "paper", "expert", "q", "event", "actor", "tag", "orientation"] as const;

export class UsageError extends Error {}

export interface RunningServer {
  baseUrl: string;
  stop: () => Promise<void>;
}

/** Starts the production server (as `npm start` does) on 127.0.0.1 and a free port; resolves once healthy. */
export async function startNextServer(): Promise<RunningServer> {
  if (!hasProductionBuild()) throw new UsageError("No production build found in .next — run npm run build first.");
  // DATA_DIR (a set of files) when given; with DATABASE_URL the shared store; else the built-in files.
  const dataDir = process.env.DATA_DIR || null;
  const server = await startNext(null, dataDir, process.env.DATABASE_URL && !dataDir ? { env: { DATA_DIR: "" } } : {});
  return { baseUrl: server.url, stop: server.stop };
}

/** Reads CLI arguments into the same strict report query the PDF route uses. */
export function readCliArgs(argv: string[]): { out: string; search: URLSearchParams } {
  let values: Record<string, string | undefined>;
  try {
    const options = Object.fromEntries([...QUERY_KEYS, "out"].map((key) => [key, { type: "string" as const }]));
    values = parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values as Record<string, string | undefined>;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (!values.out) throw new UsageError("--out <file.pdf> is required");
  const raw = Object.fromEntries(QUERY_KEYS.flatMap((key) => (values[key] === undefined ? [] : [[key, values[key]!]])));
  const parsed = parseReportQuery(raw);
  if (!parsed.ok) throw new UsageError(parsed.errors.map((e) => `--${e}`).join("\n"));
  return { out: path.resolve(values.out), search: toReportSearch(parsed.query) };
}

async function main() {
  const { out, search } = readCliArgs(process.argv.slice(2));
  const started = performance.now();
  const server = await startNextServer();
  try {
    const response = await fetch(`${server.baseUrl}/report/pdf?${search}`);
    if (!response.ok) {
      const body = (await response.json().catch(() => ({}))) as { error?: string; errors?: string[] };
      if (response.status === 400) throw new UsageError((body.errors ?? [body.error ?? "invalid parameters"]).map((e) => `--${e}`).join("\n"));
      throw new Error(body.error ?? `the PDF route answered ${response.status}`);
    }
    const pdf = Buffer.from(await response.arrayBuffer());
    await writeFile(out, pdf);
    console.log(`Wrote ${out} (${Math.round(pdf.length / 1024)} KB) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await server.stop();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    const usage = error instanceof UsageError;
    console.error(`report: ${(error as Error).message}`);
    if (usage) console.error("usage: npm run report -- --from YYYY-MM-DD --to YYYY-MM-DD [--lanes a,b] [--paper a4|letter] [--expert id] [--q text] --out report.pdf");
    process.exit(1);
  });
}
