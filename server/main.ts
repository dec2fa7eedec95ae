/**
 * The production server (`npm start`): Next's request handler behind a plain Node HTTP server that
 * owns what Next leaves open — method and URL checks, security headers on every response, a cache of
 * rendered answers keyed by normalised URL and data version, a pool of child processes for render jobs,
 * and a shutdown that always ends; under a supervising primary that restarts it if it dies.
 * Configuration by environment; see docs/RELIABILITY.md.
 */
import cluster from "node:cluster";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import next from "next";
import { listenOrigin } from "../lib/http/listen-origin";
import { setListenOrigin, setRenderer } from "../lib/http/process-slots";
import { answerClientError } from "./client-error";
import { createHandler } from "./handler";
import { loadKnownPaths } from "./known-paths";
import { createRenderPool } from "./render-pool";
import { supervise } from "./supervisor";
import { envNumber } from "../lib/http/env-number";

const dev = process.argv.includes("--dev");
const port = envNumber("PORT", 3000);
const host = process.env.HOST || "127.0.0.1";
/** In-flight requests get this long after SIGTERM; then the process ends regardless. */
const GRACE_MS = envNumber("SHUTDOWN_GRACE_MS", 5000);

async function main() {
  // Rasterising and .pptx assembly run in child processes, handed to the routes through the process slots.
  const pool = createRenderPool({ size: envNumber("RENDER_WORKERS", 2), maxQueue: envNumber("RENDER_QUEUE", 16), memoryMb: envNumber("RENDER_WORKER_MB", 512) });
  setRenderer((job, options) => pool.run(job, options));
  process.once("exit", () => pool.close());
  const app = next({ dev, hostname: host, port });
  await app.prepare();
  let stopping = false;
  const handleRequest = createHandler({
    handle: app.getRequestHandler(),
    dev,
    trustedHops: envNumber("TRUST_PROXY_HOPS", 0),
    cacheMaxBytes: envNumber("RESPONSE_CACHE_MB", 128) * 1024 * 1024,
    cacheMaxEntryBytes: envNumber("RESPONSE_CACHE_ENTRY_MB", 16) * 1024 * 1024,
    cacheMaxOrigins: envNumber("RESPONSE_CACHE_ORIGINS", 4),
    bodyBudgetBytes: envNumber("BODY_BUDGET_MB", 64) * 1024 * 1024,
    pageRenders: { burst: envNumber("PAGE_RENDER_BURST", 40), perMinute: envNumber("PAGE_RENDER_PER_MINUTE", 600) },
    // Next's build directory is the working directory's .next (no distDir in next.config.js).
    staticDir: path.join(process.cwd(), ".next", "static"),
    staticMaxBytes: envNumber("STATIC_CACHE_MB", 64) * 1024 * 1024,
    pageErrors: { burst: envNumber("PAGE_ERROR_BURST", 20), perMinute: envNumber("PAGE_ERROR_PER_MINUTE", 60) },
    // Development serves routes as they are written: every path goes to Next there.
    knownPath: dev ? null : loadKnownPaths(),
    stopping: () => stopping,
  });
  // A client gets 10 s to send its headers and 30 s for the whole request, checked every second (Node's default
  // check every 30 s let a slow sender keep a socket for up to 60 s).
  const headersTimeout = envNumber("HEADERS_TIMEOUT_MS", 10_000);
  const requestTimeout = Math.max(headersTimeout, envNumber("REQUEST_TIMEOUT_MS", 30_000));
  const timeouts = { headersTimeout, requestTimeout, keepAliveTimeout: 5_000, connectionsCheckingInterval: Math.min(1000, headersTimeout / 2) };
  const server = createServer(timeouts, (req, res) =>
    handleRequest(req, res).catch((error: unknown) => {
      console.error(`[server] ${req.method} ${req.url?.slice(0, 200)} failed:`, error);
      res.destroy();
    }),
  );
  if (dev) server.on("upgrade", app.getUpgradeHandler());
  else server.on("upgrade", (_req, socket) => socket.destroy());
  server.on("clientError", answerClientError);

  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(port, host, resolve));
  const origin = listenOrigin(server.address() as AddressInfo);
  setListenOrigin(origin);
  console.log(`[server] listening on ${origin}${dev ? " (development)" : ""}`);
  // Load the record now (a new embedded store takes seconds to create) rather than on the first visitor's time.
  void fetch(`${origin}/api/health`).catch(() => {});

  function stop(signal: string) {
    if (stopping) return;
    stopping = true;
    console.log(`[server] ${signal}: finishing requests in flight (at most ${GRACE_MS / 1000} s), then exiting`);
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    // Ends a little before the grace is over, when the supervising primary would kill it.
    setTimeout(() => {
      server.closeAllConnections();
      process.exit(0);
    }, Math.max(0, GRACE_MS - 500)).unref();
    // If exiting itself hangs (a thread stuck in a system call), nothing is left to wait for.
    setTimeout(() => process.kill(process.pid, "SIGKILL"), GRACE_MS + 3000).unref();
  }
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

// `npm start` runs a supervising primary that restarts the server if it dies (server/supervisor.ts);
// `npm run dev` and SUPERVISE=0 run the server alone.
if (!dev && cluster.isPrimary && process.env.SUPERVISE !== "0") supervise({ graceMs: GRACE_MS });
else
  main().catch((error: unknown) => {
    console.error("[server] could not start:", error);
    process.exit(1);
  });
