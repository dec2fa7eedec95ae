import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

export function hasProductionBuild(): boolean {
  return existsSync(path.join(process.cwd(), ".next", "BUILD_ID"));
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export interface NextServer {
  url: string;
  /** The server's supervising primary (not a wrapper), for tests that signal it; the server itself is its cluster worker. */
  pid: number;
  /** What the server has written to stderr so far (it is passed on to this process's stderr too): tests wait for a line instead of sleeping. */
  log(): string;
  stop(): Promise<void>;
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number, healthy: boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    // A server without good data answers 503, which is still an answer.
    const ok = await fetch(`${url}/api/health`).then((r) => (healthy ? r.ok : r.status === 200 || r.status === 503), () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server did not answer ${url}/api/health within ${timeoutMs / 1000} s`);
}

export interface StartOptions {
  /** Extra environment, e.g. PDF_DEADLINE_MS for a test. */
  env?: Record<string, string>;
  /** Resolve once /api/health answers at all (default: once it answers 200, with good data). */
  acceptUnhealthy?: boolean;
  /** How long to wait for the first answer (default 60 s; a new embedded store needs longer on a busy machine). */
  startTimeoutMs?: number;
  /** The script to run (default server/main.ts, what `npm start` runs); it must end up running that server. */
  entry?: string;
}

/**
 * The production server on 127.0.0.1 for the existing build, on `port` (a free one when null), reading
 * the data set from the files in `dataDir` (the built-in set's, data/, when null; pass DATA_DIR: "" in
 * `env` for the store instead). Resolves once /api/health answers.
 * It runs what `npm start` runs (package.json: server/main.ts under tsx), minus npm and the shell,
 * so that `pid` is the server and stop() signals it directly. The one way scripts and tests start a server of their own.
 */
export async function startNext(port: number | null, dataDir: string | null, options: StartOptions = {}): Promise<NextServer> {
  port ??= await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", options.entry ?? "server/main.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      TZ: "UTC",
      HOST: "127.0.0.1",
      PORT: String(port),
      DATA_DIR: dataDir ?? "data",
      ...options.env,
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let log = "";
  child.stderr!.on("data", (chunk: Buffer) => {
    process.stderr.write(chunk);
    // The last 256 kB: enough for any line a test waits for, bounded for a long bench.
    log = (log + chunk.toString("utf8")).slice(-256 * 1024);
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(url, child, options.startTimeoutMs ?? 60_000, !options.acceptUnhealthy);
  } catch (error) {
    child.kill();
    throw error;
  }
  return {
    url,
    pid: child.pid!,
    log: () => log,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
