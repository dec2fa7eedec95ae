import type { OutgoingHttpHeader, OutgoingHttpHeaders, ServerResponse } from "node:http";

export interface Captured {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
}

export interface HookOptions {
  beforeHead: () => void;
  captureUpTo?: number;
  /** HTML to write where its marker stands in the body, read as the body streams (lib/http/process-slots.ts spliceIntoResponse). */
  splice?: () => { marker: string; html: string } | undefined;
}

function toBuffer(chunk: unknown, encoding?: unknown): Buffer | null {
  if (chunk === undefined || chunk === null || typeof chunk === "function") return null;
  return typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : Buffer.from(chunk as Uint8Array);
}

/**
 * Writes `html` where `marker` first stands in a streamed body. The marker may be cut across writes: up to its
 * length less one byte is held back from one write to the next, until it is found or the body ends.
 */
function createSplicer(get: () => { marker: string; html: string } | undefined) {
  let held: Buffer | null = null;
  let done = false;
  return {
    /** What to send for this piece of the body (the last piece: `end`). */
    take(chunk: Buffer, end: boolean): Buffer {
      if (done) return chunk;
      const splice = get();
      if (!splice) return chunk;
      const marker = Buffer.from(splice.marker);
      const joined = held ? Buffer.concat([held, chunk]) : chunk;
      held = null;
      const at = joined.indexOf(marker);
      if (at !== -1) {
        done = true;
        return Buffer.concat([joined.subarray(0, at), Buffer.from(splice.html), joined.subarray(at + marker.length)]);
      }
      if (end) return joined;
      const keep = Math.min(joined.length, marker.length - 1);
      held = Buffer.from(joined.subarray(joined.length - keep));
      return joined.subarray(0, joined.length - keep);
    },
  };
}

/**
 * Lets the server have the last word on a response Next writes: `beforeHead` runs just before the
 * status line goes out (however Next sends it: writeHead, or implicitly with the first write), and
 * with `captureUpTo` the body is kept as it streams past, for the cache. With `splice`, a page's
 * finished HTML is written into the body where the page left its marker (what the cache keeps is the
 * body as sent). Resolves when the response has finished (with what was captured) or the connection
 * closed first (with null).
 */
export function hookResponse(res: ServerResponse, { beforeHead, captureUpTo = 0, splice }: HookOptions): Promise<Captured | null> {
  const writeHead = res.writeHead;
  const write = res.write;
  const end = res.end;
  const chunks: Buffer[] = [];
  let size = 0;
  let overflow = captureUpTo <= 0;
  const splicer = splice ? createSplicer(splice) : null;

  function keep(buffer: Buffer | null) {
    if (overflow || buffer === null) return;
    size += buffer.length;
    if (size > captureUpTo) {
      overflow = true;
      chunks.length = 0;
    } else chunks.push(buffer);
  }

  res.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    const headers = (typeof rest[0] === "string" ? rest[1] : rest[0]) as OutgoingHttpHeaders | OutgoingHttpHeader[] | undefined;
    if (Array.isArray(headers)) for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(String(headers[i]), headers[i + 1] as string);
    else if (headers) for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value);
    res.statusCode = status;
    beforeHead();
    // The body's length changes with a splice: it goes out chunked.
    if (splice?.()) res.removeHeader("Content-Length");
    return writeHead.call(this, res.statusCode);
  } as typeof res.writeHead;
  res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    if (splicer) {
      const buffer = toBuffer(chunk, rest[0]);
      if (buffer === null) return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
      const out = splicer.take(buffer, false);
      keep(out);
      const callback = rest.find((arg) => typeof arg === "function");
      return (write as (...args: unknown[]) => boolean).call(this, out, ...(callback ? [callback] : []));
    }
    keep(toBuffer(chunk, rest[0]));
    return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
  } as typeof res.write;
  res.end = function (this: ServerResponse, ...args: unknown[]) {
    if (splicer) {
      const buffer = toBuffer(args[0], args[1]) ?? Buffer.alloc(0);
      const out = splicer.take(buffer, true);
      keep(out);
      const callback = args.find((arg) => typeof arg === "function");
      return (end as (...a: unknown[]) => ServerResponse).apply(this, out.length > 0 ? [out, ...(callback ? [callback] : [])] : callback ? [callback] : []);
    }
    keep(toBuffer(args[0], args[1]));
    return (end as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as typeof res.end;

  return new Promise((resolve) => {
    res.once("finish", () => resolve(overflow ? null : { status: res.statusCode, headers: res.getHeaders(), body: Buffer.concat(chunks) }));
    res.once("close", () => resolve(null));
  });
}
