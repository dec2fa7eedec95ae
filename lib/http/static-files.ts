import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { gzip as gzipCallback } from "node:zlib";

const gzip = promisify(gzipCallback);

/** Where Next serves its build's files from: content-hashed names, never changed while a build is served. */
export const STATIC_PREFIX = "/_next/static/";

/** What a build's file is served as (Next's own types for them); anything else is left to Next. */
const TYPES: Record<string, { type: string; text: boolean }> = {
  ".js": { type: "application/javascript; charset=UTF-8", text: true },
  ".css": { type: "text/css; charset=UTF-8", text: true },
  ".json": { type: "application/json; charset=UTF-8", text: true },
  ".map": { type: "application/json; charset=UTF-8", text: true },
  ".txt": { type: "text/plain; charset=UTF-8", text: true },
  ".svg": { type: "image/svg+xml", text: true },
  ".woff2": { type: "font/woff2", text: false },
  ".png": { type: "image/png", text: false },
};

export interface StaticFile {
  body: Buffer;
  /** gzip -9 of the body, made once; null when it would not be smaller (or the file is not text). */
  gzip: Buffer | null;
  etag: string;
  type: string;
}

export interface StaticFiles {
  /** The build's file at `pathname` (under /_next/static/), read and compressed once; null: let Next answer (missing, odd name, over budget). */
  get(pathname: string): Promise<StaticFile | null>;
  /** Bytes held (bodies and their compressed copies). */
  heldBytes(): number;
}

/** A plain build file name: no encoded characters, no dot segments, nothing a path could escape through. */
function relativeName(pathname: string): string | null {
  if (!pathname.startsWith(STATIC_PREFIX)) return null;
  const rel = pathname.slice(STATIC_PREFIX.length);
  if (!/^[A-Za-z0-9._~\-/]+$/.test(rel) || rel.split("/").some((part) => part === "" || part === "." || part === "..")) return null;
  return rel;
}

/**
 * The build's static files (`.next/static`) served from memory, each gzipped once at the highest level, instead of
 * Next reading and compressing each one again on every request (12–18 ms of CPU per script, on the cores the
 * browser is painting with). A file is read the first time it is asked for; concurrent asks share that read.
 * Only files that exist are kept (a junk name costs a stat, not memory); past `maxBytes` in all, Next serves the rest.
 */
export function createStaticFiles({ dir, maxBytes, maxFileBytes = 8 * 1024 * 1024 }: { dir: string; maxBytes: number; maxFileBytes?: number }): StaticFiles {
  const root = path.resolve(dir);
  const files = new Map<string, Promise<StaticFile | null>>();
  let held = 0;

  async function load(rel: string): Promise<StaticFile | null> {
    const kind = TYPES[path.extname(rel).toLowerCase()];
    const file = path.join(root, rel);
    if (!kind || !file.startsWith(root + path.sep)) return null;
    const info = await stat(file).catch(() => null);
    if (!info?.isFile() || info.size > maxFileBytes || held + info.size > maxBytes) return null;
    const body = await readFile(file);
    const packed = kind.text ? await gzip(body, { level: 9 }) : null;
    const entry: StaticFile = {
      body,
      gzip: packed && packed.length < body.length ? packed : null,
      // Weak: the same content is sent in two encodings under one tag.
      etag: `W/"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`,
      type: kind.type,
    };
    const bytes = body.length + (entry.gzip?.length ?? 0);
    if (held + bytes > maxBytes) return null;
    held += bytes;
    return entry;
  }

  return {
    get(pathname) {
      const rel = relativeName(pathname);
      if (rel === null) return Promise.resolve(null);
      let pending = files.get(rel);
      if (!pending) {
        pending = load(rel).catch(() => null);
        files.set(rel, pending);
        // Only what was kept stays asked for: a missing file (or one over budget) is looked at again next time.
        void pending.then((entry) => entry || files.delete(rel));
      }
      return pending;
    },
    heldBytes: () => held,
  };
}
