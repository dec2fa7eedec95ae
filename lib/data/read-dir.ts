import { readFile } from "node:fs/promises";
import path from "node:path";
import { DATA_FILES, type RawDataFiles } from "./files";
import type { DataProblem } from "./problem";
import { validateDataset, type ValidationResult } from "./validate";

type ReadResult = { ok: true; value: unknown } | { ok: false; problem: DataProblem } | { ok: "missing" };

async function readJson(dir: string, file: string): Promise<ReadResult> {
  let text: string;
  try {
    text = await readFile(path.join(/*turbopackIgnore: true*/ dir, file), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { ok: "missing" };
    return { ok: false, problem: { file, record: "(file)", field: "(file)", message: `cannot be read: ${(error as Error).message}` } };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, problem: { file, record: "(file)", field: "(json)", message: `invalid JSON: ${(error as Error).message}` } };
  }
}

/** Reads and validates a data set directory. Never throws for bad data: it returns the problems. */
export async function readDatasetDir(dir: string): Promise<ValidationResult> {
  const keys = Object.keys(DATA_FILES) as (keyof typeof DATA_FILES)[];
  const results = await Promise.all(keys.map((key) => readJson(dir, DATA_FILES[key])));
  const problems: DataProblem[] = [];
  const raw: Partial<Record<keyof typeof DATA_FILES, unknown>> = {};
  const broken = new Set<keyof typeof DATA_FILES>();
  results.forEach((result, i) => {
    const key = keys[i]!;
    if (result.ok === true) raw[key] = result.value;
    else if (result.ok === false) {
      problems.push(result.problem);
      broken.add(key);
    } else if (key !== "stories") {
      problems.push({ file: DATA_FILES[key], record: "(file)", field: "(file)", message: `missing from ${dir}` });
      broken.add(key);
    }
  });
  // Go on past a broken file so one run lists every problem in the others too.
  const result = validateDataset({ ...(raw as RawDataFiles), broken });
  if (problems.length === 0) return result;
  return { ok: false, problems: [...problems, ...(result.ok ? [] : result.problems)] };
}
