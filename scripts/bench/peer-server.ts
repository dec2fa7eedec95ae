import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import path from "node:path";

const ROOT = process.cwd();
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
};

/** URL prefix → local directory. Only files under these are ever served. */
const MOUNTS: [string, string][] = [
  ["/vendor/timelinejs/", "node_modules/@knight-lab/timelinejs/dist"],
  ["/", "bench/peers"],
];
const FILES: Record<string, string> = {
  "/vendor/vis-timeline.js": "node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js",
  "/vendor/vis-timeline.css": "node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css",
};

/** What the peer pages load besides their data: fetched once before measuring, so no peer pays for a cold disk. */
export const PEER_ASSETS = ["/vis.html", "/vendor/vis-timeline.js", "/vendor/vis-timeline.css", "/timelinejs.html", "/vendor/timelinejs/js/timeline.js", "/vendor/timelinejs/css/timeline.css"];

function resolveFile(pathname: string): string | null {
  if (FILES[pathname]) return path.join(ROOT, FILES[pathname]);
  for (const [prefix, dir] of MOUNTS) {
    if (!pathname.startsWith(prefix)) continue;
    const base = path.join(ROOT, dir);
    const file = path.join(base, decodeURIComponent(pathname.slice(prefix.length)));
    return file.startsWith(base + path.sep) ? file : null;
  }
  return null;
}

export interface PeerServer {
  url: string;
  /** Replaces the JSON served at /data/<name>.json. */
  setData(name: string, value: unknown): void;
  close(): Promise<void>;
}

/** A tiny static server on 127.0.0.1 for the peer pages, their vendor files and the benchmark's events. */
export async function startPeerServer(port: number): Promise<PeerServer> {
  const data = new Map<string, Buffer>();
  const server: Server = createServer(async (request, response) => {
    const pathname = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
    const json = /^\/data\/([a-z0-9-]+)\.json$/.exec(pathname);
    const body = json ? data.get(json[1]!) : await readFile(resolveFile(pathname) ?? "").catch(() => undefined);
    if (!body) {
      response.writeHead(404, { "content-type": "text/plain" }).end(`Not found: ${pathname}`);
      return;
    }
    const type = TYPES[path.extname(pathname)] ?? "application/octet-stream";
    response.writeHead(200, { "content-type": type, "content-length": body.length, "cache-control": "no-store" }).end(body);
  });
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(port, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    setData: (name, value) => void data.set(name, Buffer.from(JSON.stringify(value))),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
