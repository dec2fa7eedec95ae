import { createHash } from "node:crypto";
import { constants, open } from "node:fs/promises";
import path from "node:path";
import { DATA_FILES, type RawDataFiles } from "./files";
import { parseJsonText } from "./text-file";
import type { DataProblem } from "./problem";
import { validateDataset, type ValidationResult } from "./validate";

/** How much a data set directory may cost to read: each file's size, and time per file. */
export interface ReadLimits {
  maxFileBytes: number;
  readTimeoutMs: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = { maxFileBytes: 256 * 1024 * 1024, readTimeoutMs: 15_000 };

type ReadResult = { ok: true; value: unknown; bytes: Buffer } | { ok: false; problem: DataProblem } | { ok: "missing" };

class ReadRefused extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ReadRefused(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Reads a regular file, never anything else: O_NONBLOCK makes opening a FIFO return at once (a plain
 * open would wait for a writer forever, holding a thread-pool thread and keeping the process from
 * exiting); fstat on the opened file then refuses it, as it does devices, directories and files over the cap.
 */
async function readRegularFile(file: string, limits: ReadLimits): Promise<Buffer> {
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new ReadRefused("is not a regular file");
    if (info.size > limits.maxFileBytes) throw new ReadRefused(`is ${megabytes(info.size)}, over the limit of ${megabytes(limits.maxFileBytes)}`);
    const signal = AbortSignal.timeout(limits.readTimeoutMs);
    const bytes = await withTimeout(handle.readFile({ signal }), limits.readTimeoutMs, `took longer than ${limits.readTimeoutMs / 1000} s to read`);
    if (bytes.length > limits.maxFileBytes) throw new ReadRefused(`grew over the limit of ${megabytes(limits.maxFileBytes)} while being read`);
    return bytes;
  } finally {
    void handle.close().catch(() => {});
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

async function readJson(dir: string, file: string, limits: ReadLimits): Promise<ReadResult> {
  let bytes: Buffer;
  try {
    bytes = await withTimeout(readRegularFile(path.join(/*turbopackIgnore: true*/ dir, file), limits), limits.readTimeoutMs + 1000, `took longer than ${limits.readTimeoutMs / 1000} s to open`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { ok: "missing" };
    // The file system's own message names the absolute path: it goes to `detail`, which only the server log and the CLI show.
    const refused = error instanceof ReadRefused;
    const message = refused ? error.message : `cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"})`;
    return { ok: false, problem: { file, record: "(file)", field: "(file)", message, ...(refused ? {} : { detail: (error as Error).message }) } };
  }
  try {
    return { ok: true, value: parseJsonText(bytes.toString("utf8")), bytes };
  } catch (error) {
    // V8's message quotes the file around the fault: kept out of public pages.
    return { ok: false, problem: { file, record: "(file)", field: "(json)", message: "invalid JSON", detail: (error as Error).message } };
  }
}

export type ReadDirResult = ValidationResult & {
  /** SHA-256 over the bytes of every file read, in a fixed order: the version of exactly this content. */
  digest: string;
  /** The files as parsed, before the schemas (defaults not filled in): what the store keeps. */
  raw: RawDataFiles;
};

/** The digest readDatasetDir gives the files, for files that exist only in memory (a store's record). */
export function digestFiles(files: Partial<Record<keyof typeof DATA_FILES, Buffer | string | undefined>>): string {
  const hash = createHash("sha256");
  for (const key of Object.keys(DATA_FILES) as (keyof typeof DATA_FILES)[]) {
    hash.update(`${key}:`);
    const bytes = files[key];
    if (bytes !== undefined) hash.update(bytes);
  }
  return hash.digest("hex");
}

/** Reads and validates a data set directory. Never throws for bad data: it returns the problems. */
export async function readDatasetDir(dir: string, limits: ReadLimits = DEFAULT_READ_LIMITS): Promise<ReadDirResult> {
  const keys = Object.keys(DATA_FILES) as (keyof typeof DATA_FILES)[];
  const results = await Promise.all(keys.map((key) => readJson(dir, DATA_FILES[key], limits)));
  const problems: DataProblem[] = [];
  const raw: Partial<Record<keyof typeof DATA_FILES, unknown>> = {};
  const broken = new Set<keyof typeof DATA_FILES>();
  const bytes: Partial<Record<keyof typeof DATA_FILES, Buffer>> = {};
  results.forEach((result, i) => {
    const key = keys[i]!;
    if (result.ok === true) {
      raw[key] = result.value;
      bytes[key] = result.bytes;
    } else if (result.ok === false) {
      problems.push(result.problem);
      broken.add(key);
    } else if (key !== "stories") {
      problems.push({ file: DATA_FILES[key], record: "(file)", field: "(file)", message: "is missing", detail: `no ${DATA_FILES[key]} in ${dir}` });
      broken.add(key);
    }
  });
  const digest = digestFiles(bytes);
  // Go on past a broken file so one run lists every problem in the others too.
  const result = validateDataset({ ...(raw as RawDataFiles), broken });
  if (problems.length === 0) return { ...result, digest, raw: raw as RawDataFiles };
  return { ok: false, problems: [...problems, ...(result.ok ? [] : result.problems)], digest, raw: raw as RawDataFiles };
}
