import type { OutgoingHttpHeader, OutgoingHttpHeaders, ServerResponse } from "node:http";

export interface Captured {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
}

/**
 * Lets the server have the last word on a response Next writes: `beforeHead` runs just before the
 * status line goes out (however Next sends it: writeHead, or implicitly with the first write), and
 * with `captureUpTo` the body is kept as it streams past, for the cache. Resolves when the response
 * has finished (with what was captured) or the connection closed first (with null).
 */
export function hookResponse(res: ServerResponse, { beforeHead, captureUpTo = 0 }: { beforeHead: () => void; captureUpTo?: number }): Promise<Captured | null> {
  const writeHead = res.writeHead;
  const write = res.write;
  const end = res.end;
  const chunks: Buffer[] = [];
  let size = 0;
  let overflow = captureUpTo <= 0;

  function keep(chunk: unknown, encoding?: unknown) {
    if (overflow || chunk === undefined || chunk === null || typeof chunk === "function") return;
    const buffer = typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : Buffer.from(chunk as Uint8Array);
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
    return writeHead.call(this, res.statusCode);
  } as typeof res.writeHead;
  res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    keep(chunk, rest[0]);
    return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
  } as typeof res.write;
  res.end = function (this: ServerResponse, ...args: unknown[]) {
    keep(args[0], args[1]);
    return (end as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as typeof res.end;

  return new Promise((resolve) => {
    res.once("finish", () => resolve(overflow ? null : { status: res.statusCode, headers: res.getHeaders(), body: Buffer.concat(chunks) }));
    res.once("close", () => resolve(null));
  });
}
