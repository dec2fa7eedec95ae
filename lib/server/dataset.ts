import "server-only";
import { stat } from "node:fs/promises";
import path from "node:path";
import { indexDataset, type IndexedDataset } from "../data/index-dataset";
import { DATA_FILES } from "../data/files";
import { formatProblem, type DataProblem } from "../data/problem";
import { DEFAULT_READ_LIMITS, readDatasetDir, type ReadLimits } from "../data/read-dir";
import { publishServedData } from "../http/process-slots";
import { setDataVersion } from "./data-version";
import { warmDataset } from "./warm";

export type DatasetState =
  | {
      ok: true;
      data: IndexedDataset;
      /** "id@version#digest": changes whenever a byte of the files does. */
      version: string;
      loadedAt: number;
      /** Problems of a newer set on disk that did not validate; the last good set is still served. */
      pending: DataProblem[] | null;
    }
  | { ok: false; problems: DataProblem[] };

export function getDataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATA_DIR ?? path.join(/*turbopackIgnore: true*/ process.cwd(), "data"));
}

function envNumber(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value >= 0 && process.env[name] !== "" ? value : fallback;
}

/** Limits of a load, from the environment (documented in docs/RELIABILITY.md). */
function readLimits(): ReadLimits {
  return {
    maxFileBytes: envNumber("DATA_MAX_FILE_MB", DEFAULT_READ_LIMITS.maxFileBytes / 1024 / 1024) * 1024 * 1024,
    readTimeoutMs: envNumber("DATA_READ_TIMEOUT_MS", DEFAULT_READ_LIMITS.readTimeoutMs),
  };
}
/** How often the files are checked for changes. 0 turns reloading off. */
const POLL_MS = () => envNumber("DATA_POLL_MS", 2000);
/** A load that failed to read (not to validate) is tried again after this long, even if nothing changed. */
const READ_RETRY_MS = 5000;

interface Attempt {
  fingerprint: string;
  at: number;
}

interface Store {
  good: { data: IndexedDataset; version: string; loadedAt: number; attempt: Attempt } | null;
  failed: { problems: DataProblem[]; readError: boolean; attempt: Attempt } | null;
  loading: Promise<void> | null;
  poller: NodeJS.Timeout | null;
}

// One store per process, whichever of Next's bundles asks first (see lib/http/process-slots.ts).
const KEY = Symbol.for("snapshots.dataset-store");
const registry = globalThis as unknown as Record<symbol, Store | undefined>;
const store: Store = (registry[KEY] ??= { good: null, failed: null, loading: null, poller: null });

/** What the files look like on disk without reading them: a change in any of these means reload. */
async function fingerprint(dir: string): Promise<string> {
  const parts = await Promise.all(
    Object.values(DATA_FILES).map((file) =>
      stat(path.join(/*turbopackIgnore: true*/ dir, file)).then(
        (info) => `${file}:${info.ino}:${info.size}:${info.mtimeMs}:${info.ctimeMs}`,
        (error: NodeJS.ErrnoException) => `${file}:${error.code ?? "?"}`,
      ),
    ),
  );
  return parts.join("|");
}

function publish() {
  publishServedData({ ok: store.good !== null, version: store.good?.version ?? null });
}

async function load(dir: string): Promise<void> {
  const attempt: Attempt = { fingerprint: await fingerprint(dir), at: Date.now() };
  const result = await readDatasetDir(dir, readLimits()).catch((error: unknown) => ({
    ok: false as const,
    digest: "",
    problems: [{ file: "(data set)", record: "(file)", field: "(file)", message: "could not be read", detail: String(error) }],
  }));
  if (result.ok) {
    const data = indexDataset(result.dataset);
    const version = `${data.manifest.id}@${data.manifest.version ?? "unversioned"}#${result.digest.slice(0, 12)}`;
    setDataVersion(data, version);
    warmDataset(data);
    store.good = { data, version, loadedAt: Date.now(), attempt };
    store.failed = null;
    console.log(`[data] serving ${version} from ${dir}: ${data.events.length} events`);
  } else {
    const readError = result.problems.some((problem) => problem.field === "(file)");
    const report = result.problems.slice(0, 200).map(formatProblem).join("\n");
    // A read error is retried every few seconds: the same problems are logged once, not each time.
    const repeated = store.failed !== null && store.failed.problems.slice(0, 200).map(formatProblem).join("\n") === report;
    store.failed = { problems: result.problems, readError, attempt };
    const served = store.good ? `still serving ${store.good.version}` : "no data set is served";
    if (!repeated) console.error(`[data] ${result.problems.length} problem(s) in ${dir}; ${served}:\n${report}`);
  }
  publish();
}

function reload(): Promise<void> {
  store.loading ??= load(getDataDir()).finally(() => {
    store.loading = null;
  });
  return store.loading;
}

/** Whether the files differ from what was last tried, or a read error is due for another try. */
async function isDue(): Promise<boolean> {
  const last = store.failed?.attempt ?? store.good?.attempt;
  if (!last) return true;
  if (store.failed?.readError && Date.now() - last.at >= READ_RETRY_MS) return true;
  return (await fingerprint(getDataDir())) !== last.fingerprint;
}

function startPolling() {
  const every = POLL_MS();
  if (store.poller || every === 0) return;
  store.poller = setInterval(() => {
    if (store.loading) return;
    void isDue().then((due) => (due ? reload() : undefined));
  }, every);
  store.poller.unref();
}

/**
 * The data set being served. Read and validated on first use, then again whenever its files change
 * (checked every DATA_POLL_MS): a new set replaces the old only once it validates. With no good set
 * yet, every request checks whether the files changed (or a read error is due for a retry) and tries again.
 */
export async function getDatasetState(): Promise<DatasetState> {
  startPolling();
  if (!store.good && !store.loading && (await isDue())) void reload();
  if (!store.good && store.loading) await store.loading;
  if (store.good) return { ok: true, data: store.good.data, version: store.good.version, loadedAt: store.good.loadedAt, pending: store.failed?.problems ?? null };
  return { ok: false, problems: store.failed?.problems ?? [] };
}
