/**
 * npm run data:export -- --out <dir>: writes the published record as a data set directory (dataset.json,
 * events.json, annotations.json, stories.json), the files data:check reads. From the store the server
 * uses (DATABASE_URL, else the embedded store; stop a server that holds the embedded one), or from
 * DATA_DIR. Records are written in their order (seeded ones in their files' order, newer ones after),
 * each with its keys as written: seeding from data/ and exporting gives data/ back byte for byte.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { indexDataset } from "../lib/data/index-dataset";
import { formatProblem } from "../lib/data/problem";
import { checkQuality } from "../lib/data/quality";
import { readDatasetDir } from "../lib/data/read-dir";
import type { RawDataFiles } from "../lib/data/files";
import { validateDataset } from "../lib/data/validate";
import { toDataFiles } from "../lib/interop/bundle";
import { openStore, recordSource, seedIfEmpty } from "../lib/store/open";
import { readPublished } from "../lib/store/record";

const USAGE = "usage: npm run data:export -- --out <dir>";

async function readRecord(): Promise<{ files: RawDataFiles; from: string }> {
  const source = recordSource();
  if (source.kind === "files") {
    const loaded = await readDatasetDir(source.dir);
    return { files: loaded.raw, from: source.dir };
  }
  const db = await openStore(source);
  try {
    await seedIfEmpty(db, source.seedDir, () => {});
    const { files, publication } = await readPublished(db);
    return { files, from: `${db.description}, publication ${publication}` };
  } finally {
    await db.close();
  }
}

async function main() {
  let out: string | undefined;
  try {
    out = parseArgs({ args: process.argv.slice(2), options: { out: { type: "string" } }, strict: true }).values.out;
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${USAGE}`);
  }
  if (!out) throw new Error(`--out <dir> is required\n${USAGE}`);
  const { files, from } = await readRecord();
  const checked = validateDataset(files);
  if (!checked.ok) {
    for (const problem of checked.problems) console.error(formatProblem(problem));
    throw new Error(`the record in ${from} has problems — nothing was written`);
  }
  const dir = path.resolve(out);
  await mkdir(dir, { recursive: true });
  for (const [name, body] of Object.entries(toDataFiles(files))) await writeFile(path.join(dir, name), body);
  const warnings = checkQuality(checked.dataset);
  for (const warning of warnings) console.error(`warning: ${formatProblem(warning)}`);
  const data = indexDataset(checked.dataset);
  console.log(`Wrote ${dir} from ${from}: ${data.events.length} events, ${data.annotations.length} annotations, ${data.stories.length} stories${warnings.length ? `, ${warnings.length} warning(s)` : ""}`);
}

main().catch((error: unknown) => {
  console.error(`data:export: ${(error as Error).message}`);
  process.exit(1);
});
