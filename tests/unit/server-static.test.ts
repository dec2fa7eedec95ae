import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { get, type IncomingHttpHeaders, type Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { publishServedData } from "@/lib/http/process-slots";
import { createStaticFiles } from "@/lib/http/static-files";
import { serve } from "./serve-handler";

let dir = "";
let servers: Server[] = [];
const chunk = `(globalThis.TURBOPACK=globalThis.TURBOPACK||[]).push(["x.js",${JSON.stringify("function explorer(){return 1}".repeat(400))}]);`;

beforeEach(async () => {
  publishServedData({ ok: true, version: "test@1#abc" });
  dir = await mkdtemp(path.join(tmpdir(), "static-"));
  await mkdir(path.join(dir, "chunks"));
  await writeFile(path.join(dir, "chunks", "0abc.js"), chunk);
  await writeFile(path.join(dir, "chunks", "1def.css"), ".figure{fill:red}".repeat(100));
  await writeFile(path.join(dir, "secret.ts"), "export const key = 1;");
});
afterEach(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  servers = [];
  await rm(dir, { recursive: true, force: true });
});

/** The bytes as sent (fetch would decompress them). */
function raw(url: string, headers: Record<string, string>): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (res) => {
      const parts: Buffer[] = [];
      res.on("data", (part: Buffer) => parts.push(part));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts) }));
    }).on("error", reject);
  });
}

async function started(staticMaxBytes?: number) {
  const s = await serve({ staticDir: dir, staticMaxBytes });
  servers.push(s.server);
  return s;
}

describe("the build's static files", () => {
  it("are answered from memory, gzipped once, immutable, with the security headers, and never reach Next", async () => {
    const { url, renders } = await started();
    for (let i = 0; i < 3; i++) {
      const { status, headers, body } = await raw(`${url}/_next/static/chunks/0abc.js`, { "accept-encoding": "gzip, deflate" });
      expect(status).toBe(200);
      expect(headers["content-encoding"]).toBe("gzip");
      expect(headers["content-type"]).toBe("application/javascript; charset=UTF-8");
      expect(headers["cache-control"]).toBe("public, max-age=31536000, immutable");
      expect(headers["vary"]).toBe("Accept-Encoding");
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(Number(headers["content-length"])).toBe(body.length);
      expect(body.length).toBeLessThan(chunk.length / 10);
      expect(gunzipSync(body).toString()).toBe(chunk);
    }
    const css = await raw(`${url}/_next/static/chunks/1def.css`, { "accept-encoding": "identity" });
    expect(css.headers["content-encoding"]).toBeUndefined();
    expect(css.headers["content-type"]).toBe("text/css; charset=UTF-8");
    expect(css.body.toString()).toBe(".figure{fill:red}".repeat(100));
    expect(renders).toEqual([]);
  });

  it("answer 304 to the ETag they sent, and HEAD with no body", async () => {
    const { url } = await started();
    const first = await fetch(`${url}/_next/static/chunks/0abc.js`);
    await first.text();
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^W\/"/);
    const again = await fetch(`${url}/_next/static/chunks/0abc.js`, { headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
    const head = await fetch(`${url}/_next/static/chunks/0abc.js`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
  });

  it("leave to Next what is missing, oddly named, of another type or outside the directory", async () => {
    const { url, renders } = await started();
    for (const name of ["chunks/nope.js", "chunks/%2e%2e/secret.ts", "secret.ts", "chunks/../secret.ts", "chunks//0abc.js"]) await (await fetch(`${url}/_next/static/${name}`)).text();
    expect(renders.length).toBe(5);
  });

  it("hold no more than their budget: past it, Next serves the file", async () => {
    const files = createStaticFiles({ dir, maxBytes: chunk.length + 1000 });
    expect(await files.get("/_next/static/chunks/0abc.js")).not.toBeNull();
    expect(files.heldBytes()).toBeLessThanOrEqual(chunk.length + 1000);
    expect(await files.get("/_next/static/chunks/1def.css")).toBeNull();
  });
});
