import "server-only";
import { stat } from "node:fs/promises";
import path from "node:path";
import { indexDataset, type IndexedDataset } from "../data/index-dataset";
import { DATA_FILES, type RawDataFiles } from "../data/files";
import { formatProblem, type DataProblem } from "../data/problem";
import { DEFAULT_READ_LIMITS, digestFiles, readDatasetDir, type ReadLimits } from "../data/read-dir";
import { validateDataset, type Dataset, type ValidationResult } from "../data/validate";
import { publishServedData } from "../http/process-slots";
import { toDataFiles } from "../interop/bundle";
import { recordSource } from "../store/open";
import { latestPublication, PUBLISH_CHANNEL, readPublished } from "../store/record";
import { getDataVersion, setDataVersion } from "./data-version";
import { datasetForSnapshot } from "./snapshot-view";
import { getStore } from "./store";
import { warmDataset } from "./warm";
import { envNumber } from "../http/env-number";

export type DatasetState =
  | {
      ok: true;
      data: IndexedDataset;
      /** "id@version#digest": changes whenever a byte of the record does. */
      version: string;
      loadedAt: number;
      /** Problems of a newer set on disk that did not validate; the last good set is still served. */
      pending: DataProblem[] | null;
      /** The store's publication being served (null for a file source). */
      publication: number | null;
    }
  | { ok: false; problems: DataProblem[] };

/** Limits of a load, from the environment (documented in docs/RELIABILITY.md). */
function readLimits(): ReadLimits {
  return {
    maxFileBytes: envNumber("DATA_MAX_FILE_MB", DEFAULT_READ_LIMITS.maxFileBytes / 1024 / 1024) * 1024 * 1024,
    readTimeoutMs: envNumber("DATA_READ_TIMEOUT_MS", DEFAULT_READ_LIMITS.readTimeoutMs),
  };
}
/** How often the source is checked for changes. 0 turns reloading off. */
const POLL_MS = () => envNumber("DATA_POLL_MS", 2000);
/** A load that failed to read (not to validate) is tried again after this long, even if nothing changed. */
const READ_RETRY_MS = 5000;

type LoadResult = ValidationResult & { digest: string; publication: number | null };

/**
 * Where the served record comes from: a directory of files (DATA_DIR), or the published record of the
 * store (lib/server/store.ts). One loader reads either into the same index.
 */
interface Source {
  label: string;
  /** Cheap: what the source looks like without reading it; a change means reload. */
  fingerprint(): Promise<string>;
  read(): Promise<LoadResult>;
  /** Calls `changed` as soon as the source learns of a change (a publish on any instance, with its number). */
  watch?(changed: (payload: string) => void): Promise<void>;
}

function fileSource(dir: string): Source {
  return {
    label: dir,
    async fingerprint() {
      const parts = await Promise.all(
        Object.values(DATA_FILES).map((file) =>
          stat(path.join(/*turbopackIgnore: true*/ dir, file)).then(
            (info) => `${file}:${info.ino}:${info.size}:${info.mtimeMs}:${info.ctimeMs}`,
            (error: NodeJS.ErrnoException) => `${file}:${error.code ?? "?"}`,
          ),
        ),
      );
      return parts.join("|");
    },
    read: async () => ({ ...(await readDatasetDir(dir, readLimits())), publication: null }),
  };
}

const publicationFingerprint = (publication: number) => `publication ${publication}`;

/** A publication as served: checked by data:check's rules (unless `checked` says how it was), digested as the files it writes. */
function publishedResult(files: RawDataFiles, publication: number, checked: ValidationResult = validateDataset(files)): LoadResult {
  const text = toDataFiles(files);
  const digest = digestFiles({ manifest: text[DATA_FILES.manifest], events: text[DATA_FILES.events], annotations: text[DATA_FILES.annotations], stories: text[DATA_FILES.stories] });
  return { ...checked, digest, publication };
}

function storeSource(): Source {
  return {
    label: "the store",
    fingerprint: async () => publicationFingerprint(await latestPublication(await getStore())),
    async read() {
      const { files, publication } = await readPublished(await getStore());
      return publishedResult(files, publication);
    },
    async watch(changed) {
      await (await getStore()).listen(PUBLISH_CHANNEL, changed);
    },
  };
}

interface Attempt {
  fingerprint: string;
  at: number;
}

interface Store {
  source: Source | null;
  good: { data: IndexedDataset; version: string; loadedAt: number; attempt: Attempt; publication: number | null } | null;
  failed: { problems: DataProblem[]; readError: boolean; attempt: Attempt } | null;
  loading: Promise<void> | null;
  /** A change was announced while a load was running: load once more when it ends. */
  again: boolean;
  poller: NodeJS.Timeout | null;
  watching: boolean;
  /** Publishes made by this process that are not yet served (publishAndServe): their announcements wait for them. */
  publishing: Set<Promise<unknown>>;
}

// One store per process, whichever of Next's bundles asks first (see lib/http/process-slots.ts).
const KEY = Symbol.for("snapshots.dataset-store");
const registry = globalThis as unknown as Record<symbol, Store | undefined>;
const store: Store = (registry[KEY] ??= { source: null, good: null, failed: null, loading: null, again: false, poller: null, watching: false, publishing: new Set() });

function source(): Source {
  if (!store.source) {
    const where = recordSource();
    store.source = where.kind === "files" ? fileSource(where.dir) : storeSource();
  }
  return store.source;
}

function publish() {
  publishServedData({ ok: store.good !== null, version: store.good?.version ?? null });
}

function failure(message: string, error: unknown): DataProblem[] {
  return [{ file: "(data set)", record: "(file)", field: "(file)", message, detail: String((error as Error)?.message ?? error) }];
}

/** A publication this process made and checked: served as it is, not read back. */
interface Checked {
  publication: number;
  files: RawDataFiles;
  dataset: Dataset;
}

async function load(from: Source, checked?: Checked): Promise<void> {
  let attempt: Attempt;
  let result: LoadResult;
  try {
    if (checked) {
      attempt = { fingerprint: publicationFingerprint(checked.publication), at: Date.now() };
      result = publishedResult(checked.files, checked.publication, { ok: true, dataset: checked.dataset });
    } else {
      attempt = { fingerprint: await from.fingerprint(), at: Date.now() };
      result = await from.read();
    }
  } catch (error) {
    attempt = { fingerprint: "(unreadable)", at: Date.now() };
    result = { ok: false, digest: "", publication: null, problems: failure(from === store.source && recordSource().kind !== "files" ? "the store could not be read" : "could not be read", error) };
  }
  if (result.ok) {
    const data = indexDataset(result.dataset);
    const version = `${data.manifest.id}@${data.manifest.version ?? "unversioned"}#${result.digest.slice(0, 12)}`;
    setDataVersion(data, version);
    warmDataset(data);
    store.good = { data, version, loadedAt: Date.now(), attempt, publication: result.publication };
    store.failed = null;
    const published = result.publication === null ? "" : ` (publication ${result.publication})`;
    console.log(`[data] serving ${version} from ${from.label}${published}: ${data.events.length} events`);
  } else {
    const readError = result.problems.some((problem) => problem.field === "(file)");
    const report = result.problems.slice(0, 200).map(formatProblem).join("\n");
    // A read error is retried every few seconds: the same problems are logged once, not each time.
    const repeated = store.failed !== null && store.failed.problems.slice(0, 200).map(formatProblem).join("\n") === report;
    store.failed = { problems: result.problems, readError, attempt };
    const served = store.good ? `still serving ${store.good.version}` : "no data set is served";
    if (!repeated) console.error(`[data] ${result.problems.length} problem(s) in ${from.label}; ${served}:\n${report}`);
  }
  publish();
}

/**
 * Loads the source again (or serves `checked`), one load at a time: a change announced during a load loads
 * once more when it ends; `checked` waits for the load before it (which may have read an older record), so
 * what is served last is never older than what was published last.
 */
function reload(checked?: Checked): Promise<void> {
  if (store.loading) {
    if (checked) return store.loading.then(() => reload(checked));
    store.again = true;
    return store.loading;
  }
  store.loading = load(source(), checked).finally(() => {
    store.loading = null;
    if (store.again) {
      store.again = false;
      void reload();
    }
  });
  return store.loading;
}

/** Whether the source differs from what was last tried, or a read error is due for another try. */
async function isDue(): Promise<boolean> {
  const last = store.failed?.attempt ?? store.good?.attempt;
  if (!last) return true;
  if (store.failed?.readError && Date.now() - last.at >= READ_RETRY_MS) return true;
  return (await source().fingerprint()) !== last.fingerprint;
}

function startWatching() {
  const every = POLL_MS();
  if (!store.poller && every > 0) {
    store.poller = setInterval(() => {
      if (store.loading) return;
      void isDue().then(
        (due) => (due ? reload() : undefined),
        () => undefined,
      );
    }, every);
    store.poller.unref();
  }
  const from = source();
  if (!store.watching && from.watch && store.good) {
    store.watching = true;
    from.watch((payload) => void announced(Number(payload))).catch((error: unknown) => {
      store.watching = false;
      console.error(`[data] cannot listen for publishes (polling every ${every / 1000} s instead):`, (error as Error).message);
    });
  }
}

/**
 * A publish was announced (NOTIFY, from any instance, this one included; the payload is its number): load it,
 * unless it is one this process published and already serves.
 */
async function announced(publication: number): Promise<void> {
  await Promise.allSettled([...store.publishing]);
  const served = store.good?.publication;
  if (served != null && Number.isInteger(publication) && publication <= served) return;
  await reload();
}

/**
 * The data set being served. Read and validated on first use, then again whenever its source changes:
 * files are checked every DATA_POLL_MS; a store announces each publish (LISTEN/NOTIFY, reaching every
 * instance on the database) and is checked as often in case an announcement was lost. A new set
 * replaces the old only once it validates. With no good set yet, every request checks whether the
 * source changed (or a read error is due for a retry) and tries again. `snapshot` (a reader's
 * `?snapshot=`) shows an earlier commentary snapshot instead of the latest.
 */
export async function getDatasetState(snapshot?: string | null): Promise<DatasetState> {
  startWatching();
  if (!store.good && !store.loading && (await isDue().catch(() => true))) void reload();
  if (!store.good && store.loading) await store.loading;
  if (store.good) {
    startWatching();
    const { version, loadedAt, publication } = store.good;
    const data = datasetForSnapshot(store.good.data, snapshot);
    return { ok: true, data, version: data === store.good.data ? version : getDataVersion(data), loadedAt, pending: store.failed?.problems ?? null, publication };
  }
  return { ok: false, problems: store.failed?.problems ?? [] };
}

/**
 * Publishes with `run` (lib/store/revisions.ts `publish`, which checks the whole record as it will stand) and
 * serves what it checked before resolving: the publishing instance does not read the record back from the
 * store and check it again (at 10,000 events that was most of a publish's time), and its own announcement of
 * the publish loads nothing. Other instances load it from the store when it is announced.
 */
export async function publishAndServe<T extends { publication: number; record: { files: RawDataFiles; dataset: Dataset } }>(
  run: () => Promise<T>,
): Promise<{ result: T; state: DatasetState }> {
  const job = run().then(async (result) => {
    await reload({ publication: result.publication, ...result.record });
    return result;
  });
  store.publishing.add(job);
  try {
    const result = await job;
    return { result, state: await getDatasetState() };
  } finally {
    store.publishing.delete(job);
  }
}
