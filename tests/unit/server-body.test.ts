import { createHash } from "node:crypto";
import { request, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { bodyLimit, DEFAULT_BODY_BYTES, DESK_BODY_BYTES } from "@/lib/http/body-limits";
import { publishServedData } from "@/lib/http/process-slots";
import { MAX_POSTED_DECK_CHARS } from "@/lib/story/share";
import { serve } from "./serve-handler";
import { testDeadline } from "../deadline";

/** Pause between the chunks a test client sends: the server must answer within a few of them (BODY_TEST_PACE_MS). */
const PACE_MS = Number(process.env.BODY_TEST_PACE_MS) || testDeadline(10);
const MB = 1024 * 1024;

/** A route that reads the whole body and answers with its length and digest, as POST /present/pptx reads its form. */
async function echo(req: IncomingMessage, res: ServerResponse) {
  const hash = createHash("sha256");
  let bytes = 0;
  for await (const chunk of req) {
    bytes += (chunk as Buffer).length;
    hash.update(chunk as Buffer);
  }
  res.setHeader("Content-Type", "application/json");
  res.end(JSON.stringify({ bytes, sha256: hash.digest("hex") }));
}

let servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  servers = [];
});

async function started() {
  publishServedData({ ok: true, version: "test@1#abc" });
  const s = await serve({}, echo);
  servers.push(s.server);
  return s;
}

/**
 * Sends up to `total` bytes in 32 kB chunks, a pause between them, and stops as soon as the answer's
 * head arrives. Resolves with the status and how many bytes had been sent by then.
 */
function post(url: string, total: number, { chunked = true, path = "/present/pptx", method = "POST" } = {}): Promise<{ status: number; sent: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const piece = Buffer.alloc(32 * 1024, "a");
    let sent = 0;
    let answered = false;
    const req = request(`${url}${path}`, { method, headers: chunked ? { "Transfer-Encoding": "chunked" } : { "Content-Length": String(total) } }, (res) => {
      answered = true;
      const at = sent;
      let body = "";
      res.setEncoding("utf8").on("data", (text) => (body += text));
      res.on("end", () => resolve({ status: res.statusCode!, sent: at, body, headers: res.headers }));
      res.on("error", reject);
    });
    req.on("error", (error) => (answered ? undefined : reject(error)));
    const next = () => {
      if (answered || req.destroyed) return;
      if (sent >= total) return void req.end();
      const part = piece.subarray(0, Math.min(piece.length, total - sent));
      sent += part.length;
      req.write(part, () => setTimeout(next, PACE_MS));
    };
    next();
  });
}

describe("request bodies, counted as they stream", () => {
  it("refuses a 50 MB chunked POST with 413 before 1 MB of it is read, and the route never sees it", async () => {
    const { url, renders } = await started();
    const answer = await post(url, 50 * MB);
    expect(answer.status).toBe(413);
    expect(answer.sent).toBeLessThan(1 * MB);
    expect(answer.headers["connection"]).toBe("close");
    expect(answer.headers["x-content-type-options"]).toBe("nosniff");
    expect(renders).toHaveLength(0);
  });

  it("refuses a body whose Content-Length is over the limit before any of it is sent", async () => {
    const { url, renders } = await started();
    const answer = await post(url, 50 * MB, { chunked: false });
    expect(answer.status).toBe(413);
    expect(answer.sent).toBeLessThan(1 * MB);
    expect(renders).toHaveLength(0);
  });

  it("hands a body within the limit to the route whole, chunked or with a length", async () => {
    const { url } = await started();
    const size = MAX_POSTED_DECK_CHARS - 10;
    const digest = createHash("sha256").update(Buffer.alloc(size, "a")).digest("hex");
    for (const chunked of [true, false]) {
      const answer = await post(url, size, { chunked });
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.body)).toEqual({ bytes: size, sha256: digest });
    }
  });

  it("answers an API caller in JSON, naming the limit, when a streamed body passes it", async () => {
    const { url, renders } = await started();
    const answer = await post(url, 2 * MB, { path: "/api/desk/records/event/x", method: "PUT" });
    expect(answer.status).toBe(413);
    expect(answer.headers["content-type"]).toMatch(/^application\/json/);
    expect(JSON.parse(answer.body)).toEqual({ error: "The request body is over 512 KB; this address takes at most 512 KB." });
    expect(renders).toHaveLength(0);
  });

  it("gives routes without a limit of their own the default, whatever the method", async () => {
    const { url, renders } = await started();
    const answer = await post(url, DEFAULT_BODY_BYTES + 1, { path: "/", method: "GET" });
    expect(answer.status, answer.body).toBe(413);
    expect(renders).toHaveLength(0);
  });
});

describe("body limits per route", () => {
  it("are the route's own, a section's for paths under it, else the default", () => {
    const limits = { "/present/pptx": 401_000, "/api/desk/": 1 * MB, "/api/desk/import": 8 * MB };
    expect(bodyLimit("/present/pptx", limits)).toBe(401_000);
    expect(bodyLimit("/api/desk/events/x", limits)).toBe(1 * MB);
    expect(bodyLimit("/api/desk/import", limits)).toBe(8 * MB);
    expect(bodyLimit("/api/deskx", limits)).toBe(DEFAULT_BODY_BYTES);
    expect(bodyLimit("/present/pptx")).toBeGreaterThan(MAX_POSTED_DECK_CHARS);
    expect(bodyLimit("/api/desk/records/event/x")).toBe(DESK_BODY_BYTES);
  });
});
