import cluster, { type Worker } from "node:cluster";

/**
 * The supervising primary of `npm start`: it runs the server as one cluster worker and starts a new
 * one when it dies (a native crash, an out-of-memory, a kill from outside), after a pause that doubles
 * with each quick death (0.5 s up to 30 s; back to 0.5 s once a server has run a minute), and says so
 * in the log. SIGTERM and SIGINT are passed on; a server still alive after the
 * grace period (its event loop blocked, say) is killed, so stopping always ends in time.
 */
export function supervise({ graceMs, log = console.log }: { graceMs: number; log?: (message: string) => void }): void {
  let worker: Worker | null = null;
  let stopping = false;
  let delay = 500;
  let everListened = false;
  let startedAt = 0;

  function start() {
    startedAt = Date.now();
    worker = cluster.fork();
    worker.once("listening", () => (everListened = true));
  }

  cluster.on("exit", (dead, code, signal) => {
    if (dead !== worker) return;
    worker = null;
    if (stopping) process.exit(0);
    const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
    // A server that never came up (no build, port taken) would only fail again: say so and stop.
    if (!everListened) {
      log(`[primary] the server ${how} before it listened; not restarting`);
      process.exit(code || 1);
    }
    if (Date.now() - startedAt > 60_000) delay = 500;
    log(`[primary] the server (pid ${dead.process.pid}) ${how}; starting a new one in ${delay / 1000} s`);
    setTimeout(start, delay);
    delay = Math.min(delay * 2, 30_000);
  });

  function stop(signal: NodeJS.Signals) {
    if (stopping) return;
    stopping = true;
    if (!worker) process.exit(0);
    log(`[primary] ${signal}: stopping the server (at most ${graceMs / 1000} s)`);
    worker.process.kill(signal);
    const current = worker;
    setTimeout(() => {
      log(`[primary] the server did not stop within ${graceMs / 1000} s; killing it`);
      current.process.kill("SIGKILL");
    }, graceMs).unref();
  }
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
  start();
}
