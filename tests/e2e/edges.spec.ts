import { readFile, mkdtemp, rm } from "node:fs/promises";
import { request as httpRequest } from "node:http";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startNext, type NextServer } from "../../scripts/next-server";
import { writeWindowsSet } from "../fixtures/windows-set";
import { testDeadline } from "../deadline";

/**
 * The server's edges, on a server of its own with short timeouts (set by environment, as a deployment
 * would): what a stranger can send without a browser — junk URLs, bodies that never end, headers that
 * never finish — costs it neither memory nor sockets.
 */

const HEADERS_TIMEOUT_MS = 1500;
const REQUEST_TIMEOUT_MS = 4000;
/** How late a timeout may fire on a loaded machine before the test calls it broken (EDGE_SLACK_MS). */
const SLACK_MS = Number(process.env.EDGE_SLACK_MS) || testDeadline(3000);
const MB = 1024 * 1024;

async function rssOf(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) * 1024;
}

/** GETs every URL (10 at a time, no redirects followed) and counts the statuses. */
async function getAll(base: string, urls: string[]): Promise<Map<number, number>> {
  const counts = new Map<number, number>();
  let next = 0;
  await Promise.all(
    Array.from({ length: 10 }, async () => {
      while (next < urls.length) {
        const response = await fetch(`${base}${urls[next++]}`, { redirect: "manual" });
        await response.arrayBuffer();
        counts.set(response.status, (counts.get(response.status) ?? 0) + 1);
      }
    }),
  );
  return counts;
}

/** A raw connection that sends `head` and then one more piece every 300 ms until the server answers or closes it. */
function trickle(port: number, head: string, piece: string): Promise<{ answer: string; livedMs: number }> {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = connect(port, "127.0.0.1");
    let answer = "";
    const timer = setInterval(() => socket.writable && socket.write(piece), 300);
    socket.on("data", (data) => (answer += data.toString("latin1")));
    socket.on("error", () => {});
    socket.on("close", () => {
      clearInterval(timer);
      resolve({ answer, livedMs: Date.now() - started });
    });
    socket.write(head);
  });
}

test.describe.serial("the server's edges", () => {
  let server: NextServer;
  let dir: string;

  test.beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "snapshots-edges-"));
    await writeWindowsSet(dir);
    // SUPERVISE=0: the pid is the server itself, whose memory is measured. The per-client page budgets are lifted:
    // the junk is meant to reach the renderer here (tests/unit/server-cache.test.ts checks the budget).
    server = await startNext(null, dir, {
      startTimeoutMs: testDeadline(30_000),
      env: { SUPERVISE: "0", HEADERS_TIMEOUT_MS: String(HEADERS_TIMEOUT_MS), REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS), PAGE_RENDER_BURST: "100000", PAGE_ERROR_BURST: "100000" },
    });
  });
  test.afterAll(async () => {
    await server?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  test("a data set saved with a byte-order mark and CRLF line ends is served", async ({ page }) => {
    const health = await (await fetch(`${server.url}/api/health`)).json();
    expect(health.ok).toBe(true);
    await page.goto(`${server.url}/present/presenter?story=short&step=1`);
    await expect(page.getByText("First paragraph.", { exact: true })).toBeVisible();
    await expect(page.getByText("Second paragraph.", { exact: true })).toBeVisible();
  });

  test("3,000 junk URLs cost a few MB of memory, never a cached page each", async () => {
    test.setTimeout(testDeadline(120_000));
    const junkUrls = (count: number) =>
      Array.from({ length: count }, (_, i) => {
        const junk = `${i}-${Math.random().toString(36).slice(2)}`;
        return [`/?utm_${junk}=${junk}`, `/?from=${junk}&to=${junk}`, `/report?paper=${junk}&x${junk}=1`, `/present?deck=1.${junk}`][i % 4]!;
      });
    // Warm: the server's heap grows to its working size over its first several hundred renders, whatever they are, in
    // steps of tens of MB (measured: RSS 344, 314, 332, 408, 412, 416 MB after each 750 bad links); as many junk URLs
    // again first, so the step is not taken for the cost of the junk.
    await getAll(server.url, ["/", "/report", ...junkUrls(3000)]);
    const before = await rssOf(server.pid);
    const counts = await getAll(server.url, junkUrls(3000));
    const grown = (await rssOf(server.pid)) - before;
    // Junk parameters and values are redirected to the page they mean; a bad link answers 400, and is not kept.
    expect(Object.fromEntries(counts)).toEqual({ 308: 2250, 400: 750 });
    expect(grown).toBeLessThan(100 * MB);
  });

  test("a bad link's page answers 400, and is never kept", async () => {
    for (let i = 0; i < 2; i++) {
      const response = await fetch(`${server.url}/present?deck=1.garbage`);
      expect(response.status).toBe(400);
      expect(response.headers.get("cache-control")).toBe("no-store");
      // Answers from the cache carry its ETag; this one was made again.
      expect(response.headers.get("etag")).toBeNull();
    }
  });

  test("a 50 MB chunked POST is refused with 413 before 1 MB of it is read", async () => {
    const piece = Buffer.alloc(32 * 1024, "a");
    const { status, sent } = await new Promise<{ status: number; sent: number }>((resolve, reject) => {
      let sent = 0;
      let answered = false;
      const req = httpRequest(`${server.url}/present/pptx`, { method: "POST", headers: { "Transfer-Encoding": "chunked", "Content-Type": "application/x-www-form-urlencoded" } }, (res) => {
        answered = true;
        resolve({ status: res.statusCode!, sent });
        res.resume();
      });
      req.on("error", (error) => answered || reject(error));
      const next = () => {
        if (answered || sent >= 50 * MB) return void req.end();
        sent += piece.length;
        // Paced like a slow client; slower still on a loaded machine, so the server's answer can arrive before 1 MB is sent.
        req.write(piece, () => setTimeout(next, testDeadline(10)));
      };
      next();
    });
    expect(status).toBe(413);
    expect(sent).toBeLessThan(1 * MB);
  });

  test("oversized headers get 431 with the security headers, from the server itself", async () => {
    const port = Number(new URL(server.url).port);
    const { answer } = await trickle(port, `GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`, "");
    expect(answer).toMatch(/^HTTP\/1\.1 431 /);
    expect(answer).toMatch(/\r\nX-Content-Type-Options: nosniff\r\n/i);
    expect(answer).toMatch(/\r\nContent-Security-Policy: default-src 'none'; frame-ancestors 'none'\r\n/i);
    expect(answer).toMatch(/\r\nX-Frame-Options: DENY\r\n/i);
  });

  test("headers that never finish are cut at the header timeout, a body that never ends at the request timeout", async () => {
    test.setTimeout(testDeadline(30_000));
    const port = Number(new URL(server.url).port);
    const [headers, body] = await Promise.all([
      trickle(port, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n", "X-Slow: 1\r\n"),
      trickle(port, "POST /present/pptx HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 100000\r\n\r\ndeck=", "A"),
    ]);
    expect(headers.answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(headers.answer).toMatch(/\r\nX-Content-Type-Options: nosniff\r\n/i);
    expect(headers.livedMs).toBeLessThan(HEADERS_TIMEOUT_MS + SLACK_MS);
    // The body's clock is the whole request's: it outlives the header timeout, and no more.
    expect(body.answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(body.livedMs).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_MS - 100);
    expect(body.livedMs).toBeLessThan(REQUEST_TIMEOUT_MS + SLACK_MS);
  });
});
