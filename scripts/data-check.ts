/** npm run data:check [-- <dir>] [--strict]: validates a data set directory, lists every problem, then every warning. */
import path from "node:path";
import { indexDataset } from "../lib/data/index-dataset";
import { formatProblem } from "../lib/data/problem";
import { checkQuality } from "../lib/data/quality";
import { readDatasetDir } from "../lib/data/read-dir";
import { toIsoDay } from "../lib/time/partial-date";

async function main() {
  const args = process.argv.slice(2);
  const strict = args.includes("--strict");
  const arg = args.find((a) => !a.startsWith("--"));
  const dir = path.resolve(arg ?? process.env.DATA_DIR ?? "data");
  const started = performance.now();
  const result = await readDatasetDir(dir);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (!result.ok) {
    for (const problem of result.problems) console.error(formatProblem(problem));
    console.error(`\n${result.problems.length} problem(s) in ${dir} — nothing was changed.`);
    process.exit(1);
  }
  const warnings = checkQuality(result.dataset);
  for (const warning of warnings) console.error(`${strict ? "error" : "warning"}: ${formatProblem(warning)}`);
  const data = indexDataset(result.dataset);
  const [from, to] = data.extent;
  const warned = warnings.length > 0 ? `, ${warnings.length} warning(s)` : "";
  if (strict && warnings.length > 0) {
    console.error(`\n${warnings.length} warning(s) in ${dir}, refused by --strict.`);
    process.exit(1);
  }
  console.log(
    `${dir}: OK — ${data.events.length} events, ${data.lanes.length} lanes, ${data.manifest.experts.length} experts, ` +
      `${data.annotations.length} annotations, ${data.stories.length} stories, ${toIsoDay(from)} to ${toIsoDay(to - 1)}${warned} (${seconds} s)`,
  );
}

main().catch((error: unknown) => {
  console.error(`data:check failed: ${(error as Error).message}`);
  process.exit(1);
});
