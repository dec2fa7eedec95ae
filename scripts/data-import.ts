/**
 * npm run data:import -- <file> --out <dir> [--format timelinejs|csv|ours-csv|json] [--into <set dir>] [--partial]
 *                        [--source-url <url> [--source-title <text>] [--source-publisher <text>]] [--zone <IANA zone>]
 * Reads a TimelineJS JSON or spreadsheet CSV, a CSV of our columns, or our data-set JSON, and writes a data set
 * directory that `npm run data:check` accepts. Nothing is written unless the whole import is valid (or --partial).
 */
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { DATA_FILES } from "../lib/data/files";
import { formatProblem } from "../lib/data/problem";
import { readDatasetDir } from "../lib/data/read-dir";
import { toDataFiles } from "../lib/interop/bundle";
import { describeImport, IMPORT_FORMATS, importText, type ImportFormat } from "../lib/interop/import";
import { formatImportProblem } from "../lib/interop/problems";
import { httpUrlSchema } from "../lib/schema/primitives";
import { isIanaZone } from "../lib/time/zones";

const USAGE =
  "usage: npm run data:import -- <file> --out <dir> [--format timelinejs|csv|ours-csv|json] [--into <set dir>] [--partial]\n" +
  "                              [--source-url <url> [--source-title <text>] [--source-publisher <text>]] [--zone <IANA zone>]";

class UsageError extends Error {}

function readArgs(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: "string" },
        format: { type: "string" },
        into: { type: "string" },
        partial: { type: "boolean", default: false },
        "source-url": { type: "string" },
        "source-title": { type: "string" },
        "source-publisher": { type: "string" },
        zone: { type: "string", default: "UTC" },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new UsageError("give exactly one file to import");
  const out = values.out ?? values.into;
  if (!out) throw new UsageError("--out <dir> is required (or --into <set dir> to update a set in place)");
  if (values.format !== undefined && !(IMPORT_FORMATS as readonly string[]).includes(values.format))
    throw new UsageError(`--format must be one of ${IMPORT_FORMATS.join(", ")}`);
  if (!isIanaZone(values.zone)) throw new UsageError(`--zone "${values.zone}" is not an IANA time zone such as Asia/Tehran or UTC`);
  const url = values["source-url"];
  if (url !== undefined && !httpUrlSchema.safeParse(url).success) throw new UsageError(`--source-url "${url}" must be an http(s) URL`);
  if (url === undefined && (values["source-title"] || values["source-publisher"])) throw new UsageError("--source-title and --source-publisher need --source-url");
  const file = path.resolve(positionals[0]!);
  const defaultSource = url
    ? { url, title: values["source-title"] ?? path.basename(file), publisher: values["source-publisher"] ?? new URL(url).hostname.replace(/^www\./, "") }
    : undefined;
  return { file, out: path.resolve(out), into: values.into ? path.resolve(values.into) : undefined, format: values.format as ImportFormat | undefined, partial: values.partial, zone: values.zone, defaultSource };
}

async function main() {
  const args = readArgs(process.argv.slice(2));
  if (!args.into && args.out && existsSync(path.join(args.out, DATA_FILES.manifest)))
    throw new UsageError(`${args.out} already holds a data set: pass --into ${args.out} to update it, or choose a new directory`);
  let into;
  if (args.into) {
    const existing = await readDatasetDir(args.into);
    if (!existing.ok) {
      for (const problem of existing.problems) console.error(formatProblem(problem));
      throw new Error(`the set to update, ${args.into}, has problems of its own — nothing was imported`);
    }
    into = existing.dataset;
  }
  const text = await readFile(args.file, "utf8");
  const result = importText({ fileName: path.basename(args.file), text, format: args.format, into, partial: args.partial, zone: args.zone, defaultSource: args.defaultSource });
  for (const warning of result.warnings) console.error(`warning: ${formatImportProblem(warning)}`);
  if (!result.ok) {
    for (const problem of result.problems) console.error(formatImportProblem(problem));
    console.error(`\n${result.problems.length} problem(s) in ${args.file} — nothing was written.${args.partial ? "" : " (--partial imports the rows that can be.)"}`);
    process.exit(1);
  }
  for (const problem of result.skipped) console.error(`skipped: ${formatImportProblem(problem)}`);
  await mkdir(args.out, { recursive: true });
  for (const [name, body] of Object.entries(toDataFiles(result.dataset))) await writeFile(path.join(args.out, name), body);
  console.log(`${args.out}: ${describeImport(result)}`);
}

main().catch((error: unknown) => {
  console.error(`data:import: ${(error as Error).message}`);
  if (error instanceof UsageError) console.error(USAGE);
  process.exit(1);
});
