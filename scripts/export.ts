/**
 * npm run export -- --format csv|json|timelinejs|ics [--from YYYY-MM-DD --to YYYY-MM-DD] [--lanes a,b] [--expert id]
 *                   [--q text] [--actor name] [--tag name] [--after hide] [--data <set dir>] --out <file>
 * Exports a view of a data set, read straight from its directory (no server), filtered as the explorer and the
 * report filter it. With --format json and an --out directory, writes a data set directory instead of one file.
 */
import { mkdir, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { indexDataset } from "../lib/data/index-dataset";
import { formatProblem } from "../lib/data/problem";
import { readDatasetDir } from "../lib/data/read-dir";
import type { Dataset } from "../lib/data/validate";
import { toDataFiles } from "../lib/interop/bundle";
import { exportView } from "../lib/interop/export-view";

const VIEW_KEYS = ["format", "from", "to", "lanes", "expert", "q", "actor", "tag", "after"] as const;
const USAGE =
  "usage: npm run export -- --format csv|json|timelinejs|ics [--from YYYY-MM-DD --to YYYY-MM-DD] [--lanes a,b] [--expert id]\n" +
  "                         [--q text] [--actor name] [--tag name] [--after hide] [--data <set dir>] --out <file>";

class UsageError extends Error {}

async function isDirectoryTarget(out: string): Promise<boolean> {
  if (out.endsWith("/") || path.extname(out) === "") return true;
  return stat(out).then((s) => s.isDirectory(), () => false);
}

async function main() {
  let values: Record<string, string | undefined>;
  try {
    const options = Object.fromEntries([...VIEW_KEYS, "out", "data"].map((key) => [key, { type: "string" as const }]));
    values = parseArgs({ args: process.argv.slice(2), options, strict: true, allowPositionals: false }).values as Record<string, string | undefined>;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (!values.out) throw new UsageError("--out <file> is required");
  if (!values.format) throw new UsageError("--format is required");
  const dir = path.resolve(values.data ?? process.env.DATA_DIR ?? "data");
  const loaded = await readDatasetDir(dir);
  if (!loaded.ok) {
    for (const problem of loaded.problems) console.error(formatProblem(problem));
    throw new Error(`the data set in ${dir} has problems — nothing was exported`);
  }
  const params = Object.fromEntries(VIEW_KEYS.flatMap((key) => (values[key] === undefined ? [] : [[key, values[key]!]])));
  const result = exportView(indexDataset(loaded.dataset), params);
  if (!result.ok) throw new UsageError(result.errors.map((e) => `--${e}`).join("\n"));
  const out = path.resolve(values.out);
  if (result.format === "json" && (await isDirectoryTarget(values.out))) {
    await mkdir(out, { recursive: true });
    const bundle = JSON.parse(result.body) as Dataset;
    for (const [name, body] of Object.entries(toDataFiles(bundle))) await writeFile(path.join(out, name), body);
  } else {
    await mkdir(path.dirname(out), { recursive: true });
    await writeFile(out, result.body);
  }
  console.log(`Wrote ${out}: ${result.count} events as ${result.format} (download name ${result.fileName})`);
}

main().catch((error: unknown) => {
  console.error(`export: ${(error as Error).message}`);
  if (error instanceof UsageError) console.error(USAGE);
  process.exit(1);
});
