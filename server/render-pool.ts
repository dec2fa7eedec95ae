import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";
import type { RenderJob, RenderResult } from "../lib/export/render-jobs";

/**
 * A small pool of child processes for render jobs (lib/export/render-jobs.ts). Processes, not worker
 * threads: a Rust panic in resvg aborts the whole process it runs in. Each job has a deadline; a job
 * past it, or whose client has gone, has its child killed (SIGKILL: a native loop cannot be asked).
 * A child that dies (panic, out of memory, killed from outside) fails its job with a clean error and
 * is replaced by the next job that needs one. Each child runs with `--max-old-space-size`, and the
 * pixel limit bounds what resvg allocates natively.
 */
export class RenderJobError extends Error {
  constructor(
    message: string,
    /** "timeout": past its deadline; "crashed": the child died; "cancelled": the client went; "busy": the queue is full; "failed": the job threw. */
    readonly reason: "timeout" | "crashed" | "cancelled" | "busy" | "failed",
  ) {
    super(message);
  }
}

export interface RunOptions {
  deadlineMs: number;
  signal?: AbortSignal;
}

export interface RenderPool {
  run(job: RenderJob, options: RunOptions): Promise<RenderResult>;
  /** Children alive, jobs running and waiting: for logs and the load script. */
  stats(): { workers: number; busy: number; queued: number; replaced: number };
  /** Process ids of the children (tests kill one to show the server survives). */
  pids(): number[];
  close(): void;
}

export interface PoolOptions {
  size: number;
  maxQueue: number;
  /** `--max-old-space-size` of each child, in MB. */
  memoryMb: number;
  log?: (message: string) => void;
}

interface Worker {
  child: ChildProcess;
  job: { id: number; settle: (error: Error | null, value?: RenderResult) => void } | null;
}

interface Waiting {
  job: RenderJob;
  options: RunOptions;
  resolve: (value: RenderResult) => void;
  reject: (error: Error) => void;
}

/** The child's entry: a real file run by Node with tsx, never a bundled module. */
const ENTRY = path.join(process.cwd(), "server", "render-worker.ts");

export function createRenderPool({ size, maxQueue, memoryMb, log = console.error }: PoolOptions): RenderPool {
  const workers = new Set<Worker>();
  const queue: Waiting[] = [];
  let nextId = 1;
  let replaced = 0;
  let closed = false;

  function spawnWorker(): Worker {
    const child = fork(ENTRY, [`--pool-of=${process.pid}`], {
      execArgv: ["--import", "tsx", `--max-old-space-size=${memoryMb}`],
      serialization: "advanced",
      stdio: ["ignore", "inherit", "inherit", "ipc"],
      env: { ...process.env, NODE_ENV: process.env.NODE_ENV === "development" ? "development" : "production" },
    });
    const worker: Worker = { child, job: null };
    workers.add(worker);
    child.on("message", (message: { id: number; ok: boolean; value?: RenderResult; error?: string }) => {
      if (worker.job?.id !== message.id) return;
      const { settle } = worker.job;
      worker.job = null;
      settle(message.ok ? null : new RenderJobError(message.error ?? "the job failed", "failed"), message.value);
      pump();
    });
    child.once("exit", (code, signal) => {
      workers.delete(worker);
      if (closed) return;
      const running = worker.job;
      worker.job = null;
      if (running) {
        replaced += 1;
        log(`[render-pool] a worker (pid ${child.pid}) died during a job (${signal ?? `exit ${code}`}); it is replaced`);
        running.settle(new RenderJobError(`the renderer stopped (${signal ?? `exit ${code}`})`, "crashed"));
      }
      pump();
    });
    child.on("error", () => {});
    return worker;
  }

  function kill(worker: Worker) {
    workers.delete(worker);
    worker.child.kill("SIGKILL");
  }

  function start(worker: Worker, waiting: Waiting) {
    const id = nextId++;
    const { signal, deadlineMs } = waiting.options;
    const onAbort = () => {
      // The client is gone: its job is not worth finishing.
      if (worker.job?.id !== id) return;
      worker.job.settle(new RenderJobError("the client went away", "cancelled"));
      worker.job = null;
      kill(worker);
      pump();
    };
    const timer = setTimeout(() => {
      if (worker.job?.id !== id) return;
      log(`[render-pool] a ${waiting.job.kind} job passed its ${deadlineMs / 1000} s deadline; its worker (pid ${worker.child.pid}) is killed`);
      worker.job.settle(new RenderJobError(`the render took longer than ${deadlineMs / 1000} s`, "timeout"));
      worker.job = null;
      kill(worker);
      pump();
    }, deadlineMs);
    worker.job = {
      id,
      settle(error, value) {
        clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort);
        if (error) waiting.reject(error);
        else waiting.resolve(value ?? null);
      },
    };
    signal?.addEventListener("abort", onAbort, { once: true });
    worker.child.send({ id, job: waiting.job });
  }

  function pump() {
    while (!closed && queue.length > 0) {
      let idle = [...workers].find((worker) => !worker.job && worker.child.connected);
      if (!idle && workers.size < size) idle = spawnWorker();
      if (!idle) return;
      start(idle, queue.shift()!);
    }
  }

  return {
    run(job, options) {
      if (options.signal?.aborted) return Promise.reject(new RenderJobError("the client went away", "cancelled"));
      if (queue.length >= maxQueue) return Promise.reject(new RenderJobError("every renderer is busy", "busy"));
      return new Promise<RenderResult>((resolve, reject) => {
        const waiting: Waiting = { job, options, resolve, reject };
        queue.push(waiting);
        // A job that is cancelled while it waits leaves the queue.
        options.signal?.addEventListener(
          "abort",
          () => {
            const at = queue.indexOf(waiting);
            if (at >= 0) {
              queue.splice(at, 1);
              reject(new RenderJobError("the client went away", "cancelled"));
            }
          },
          { once: true },
        );
        pump();
      });
    },
    stats() {
      const busy = [...workers].filter((worker) => worker.job).length;
      return { workers: workers.size, busy, queued: queue.length, replaced };
    },
    pids() {
      return [...workers].flatMap((worker) => (worker.child.pid ? [worker.child.pid] : []));
    },
    close() {
      closed = true;
      for (const worker of workers) worker.child.kill("SIGKILL");
      for (const waiting of queue.splice(0)) waiting.reject(new RenderJobError("the server is stopping", "busy"));
    },
  };
}
