import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test, type APIResponse } from "@playwright/test";
import { startNext, type NextServer } from "../../scripts/next-server";
import { explorerReady, fixtureUrl } from "./fixtures";
import { testDeadline } from "../deadline";

const run = promisify(execFile);

function expectSecurityHeaders(response: APIResponse, what: string) {
  const headers = response.headers();
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["content-security-policy"], what).toContain("frame-ancestors 'none'");
  expect(headers["x-frame-options"], what).toBe("DENY");
  expect(headers["referrer-policy"], what).toBe("same-origin");
  expect(headers["permissions-policy"], what).toContain("camera=()");
  expect(headers["cache-control"], what).toBeTruthy();
}

test.describe("security headers", () => {
  test("every route carries them, pages with a nonce-based policy whose nonce their scripts carry", async ({ request, page }) => {
    await page.goto("/");
    const script = await page.locator('script[src*="/_next/static/"]').first().getAttribute("src");
    const get = (url: string, method = "GET") => request.fetch(url, { method, failOnStatusCode: false });
    const routes: [string, number, string?][] = [
      ["/", 200],
      ["/?event=nope&from=zz", 200],
      ["/report", 200],
      ["/present", 200],
      ["/present/presenter", 200],
      ["/no-such-page", 404],
      ["/api/health", 200],
      ["/api/search?q=rome", 200],
      ["/api/window?from=2015-01-01&to=2016-01-01", 200],
      ["/api/events/jcpoa-agreed-vienna", 200],
      ["/api/events/no-such-event", 404],
      ["/report/pdf?paper=a3", 400],
      ["/report/pdf", 200, "HEAD"],
      ["/icon.svg", 200],
      [script!, 200],
      ["/api/events/%zz", 400],
      ["/", 405, "TRACE"],
      ["/", 204, "OPTIONS"],
    ];
    for (const [url, status, method] of routes) {
      const response = await get(url, method);
      const what = `${method ?? "GET"} ${url}`;
      expect(response.status(), what).toBe(status);
      expectSecurityHeaders(response, what);
      if (url.startsWith("/api/")) expect(response.headers()["cache-control"], what).toMatch(/no-cache|no-store/);
      if (response.headers()["content-type"]?.startsWith("text/html") && method !== "HEAD") {
        const nonce = /'nonce-([\w-]+)'/.exec(response.headers()["content-security-policy"]!)?.[1];
        expect(nonce, what).toBeTruthy();
        const body = await response.text();
        const nonces = new Set([...body.matchAll(/<script[^>]* nonce="([^"]+)"/g)].map((m) => m[1]));
        expect([...nonces], what).toEqual([nonce]);
      }
    }
  });

  test("an unknown address gets the not-found page (from memory after the first), and the browser keeps its own address", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to|hydrat|#418|#423|#425/i.test(message.text())) violations.push(message.text());
    });
    // The first unknown address is drawn by Next; the second is the same page from the server's memory, with
    // its own address where the router reads it: nothing of the first visitor's address reaches the second.
    for (const address of ["/no-such-page-first-of-two", "/no-such-page/second-of-two"]) {
      const response = await page.goto(address);
      expect(response?.status(), address).toBe(404);
      if (address.includes("second")) expect(await response!.text()).not.toContain("first-of-two");
      await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
      await page.waitForLoadState("load");
      await page.waitForFunction(() => document.readyState === "complete");
      expect(new URL(page.url()).pathname, address).toBe(address);
    }
    await page.getByRole("link", { name: "Go to the explorer" }).click();
    await explorerReady(page);
    expect(violations).toEqual([]);
  });

  test("the app, the slides, the presenter view and the report work under the policy, with no violation", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to/.test(message.text())) violations.push(message.text());
    });
    await page.goto("/?event=jcpoa-agreed-vienna");
    // Hydration (data-ready) means the framework's scripts ran under the policy.
    await explorerReady(page);
    for (const path of ["/present", "/present/presenter", "/report"]) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
    }
    await expect(page.locator(".report-events tbody tr").first()).toBeVisible();
    expect(violations).toEqual([]);
  });

  test("a page served again gets a new nonce each time, an ETag, and 304 for a repeat visit", async ({ request }) => {
    const first = await request.get("/report?from=2015-01-01&to=2016-01-01");
    const second = await request.get("/report?to=2016-01-01&from=2015-01-01");
    const nonceOf = (response: APIResponse) => /'nonce-([\w-]+)'/.exec(response.headers()["content-security-policy"]!)![1]!;
    expect(nonceOf(first)).not.toBe(nonceOf(second));
    expect(await second.text()).toContain(`nonce="${nonceOf(second)}"`);
    expect(await second.text()).not.toContain(nonceOf(first));
    const etag = second.headers()["etag"]!;
    expect(etag).toMatch(/^W\/"/);
    const repeat = await request.get("/report?from=2015-01-01&to=2016-01-01", { headers: { "If-None-Match": etag } });
    expect(repeat.status()).toBe(304);
    expect(repeat.headers()["content-security-policy"]).toBeUndefined();
    expect(repeat.headers()["x-content-type-options"]).toBe("nosniff");
  });
});

test.describe("hostile requests", () => {
  test("get 400, 405 or 414, never a 500", async ({ request }) => {
    const cases: [string, string, number][] = [
      ["GET", "/api/events/%zz", 400],
      ["GET", "/api/events/%C0%AF", 400],
      ["GET", "/api/events/%ED%A0%80", 400],
      ["GET", "/report?q=%zz", 400],
      ["TRACE", "/", 405],
      ["DELETE", "/api/health", 405],
      ["POST", "/", 405],
      ["GET", `/api/search?q=${"a".repeat(5000)}`, 414],
      ["GET", `/api/window?from=2015-01-01&to=2016-01-01&lanes=${Array(1400).fill("diplomacy").join(",")}`, 414],
      // Repeats are dropped before the list is read: 300 of one lane are one lane.
      ["GET", `/api/window?from=2015-01-01&to=2016-01-01&lanes=${Array(300).fill("diplomacy").join(",")}`, 200],
    ];
    for (const [method, url, status] of cases) {
      const response = await request.fetch(url, { method, failOnStatusCode: false });
      expect(response.status(), `${method} ${url.slice(0, 60)}`).toBe(status);
      if (status === 405) expect(response.headers()["allow"]).toBe("GET, HEAD, OPTIONS");
    }
  });

  test("repeated lanes are dropped, so repeats cost nothing", async ({ request }) => {
    const once = await request.get(`${fixtureUrl.good}/api/window?from=2000-01-01&to=2030-01-01&lanes=military,diplomacy`);
    const repeated = await request.get(`${fixtureUrl.good}/api/window?from=2000-01-01&to=2030-01-01&lanes=${Array(50).fill("military,diplomacy").join(",")}`);
    expect(repeated.status()).toBe(200);
    expect(await repeated.text()).toBe(await once.text());
  });

  test("four-digit years before 100 mean what they say, not 1900–1999", async ({ page }) => {
    await page.goto(`${fixtureUrl.good}/report?from=0050-01-01&to=0099-12-31`);
    await expect(page.locator(".report-period")).toHaveText("50–99");
  });
});

test.describe("PDFs under pressure", () => {
  test("HEAD answers like GET without rendering anything", async ({ request }) => {
    const response = await request.head(`${fixtureUrl.good}/report/pdf?from=2019-01-01&to=2020-06-01`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    expect(await response.body()).toHaveLength(0);
  });

  test("20 different PDFs at once from one client: only 200, 429 or 503, and the server serves throughout", async ({ request }) => {
    const pdfs = Array.from({ length: 20 }, (_, i) => request.get(`${fixtureUrl.good}/report/pdf?from=2015-01-${String(i + 1).padStart(2, "0")}&to=2025-06-30`));
    const health = request.get(`${fixtureUrl.good}/api/health`);
    const page = request.get(`${fixtureUrl.good}/`);
    const responses = await Promise.all(pdfs);
    expect((await health).status()).toBe(200);
    expect((await page).status()).toBe(200);
    const statuses = responses.map((response) => response.status());
    expect(statuses.every((status) => [200, 429, 503].includes(status)), statuses.join(",")).toBe(true);
    expect(statuses).toContain(429);
    for (const response of responses) if (response.status() !== 200) expect(Number(response.headers()["retry-after"])).toBeGreaterThan(0);
  });
});

/** Process ids of the Chromium browsers a server has started (children of the server under its supervising primary). */
async function chromiumOf(serverPid: number): Promise<number[]> {
  const { stdout } = await run("ps", ["-eo", "pid=,ppid=,comm="]);
  const rows = stdout.split("\n").map((line) => line.trim().split(/\s+/));
  const servers = new Set([serverPid, ...rows.filter(([, ppid]) => Number(ppid) === serverPid).map(([pid]) => Number(pid))]);
  return rows.filter(([, ppid, comm]) => servers.has(Number(ppid)) && /chrom/.test(comm ?? "")).map(([pid]) => Number(pid));
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function writeHostileSet(dir: string) {
  await cp("tests/fixtures/good", dir, { recursive: true });
  const events = JSON.parse(await readFile(path.join(dir, "events.json"), "utf8"));
  // At the documented limits, and without a single space.
  events[0].title = "W".repeat(300);
  events[0].summary = "x".repeat(2000);
  events[0].actors = ["B".repeat(120)];
  events[0].sources[0].url = `https://example.org/${"a".repeat(2000)}`;
  await writeFile(path.join(dir, "events.json.new"), JSON.stringify(events));
  await rename(path.join(dir, "events.json.new"), path.join(dir, "events.json"));
}

test.describe.serial("a server of its own: data that cannot hang it, a browser that cannot block it, a signal that stops it", () => {
  let dir: string;
  let server: NextServer;
  // From the environment: a render's deadline includes starting Chromium, which takes seconds on a loaded machine.
  const DEADLINE_MS = Number(process.env.E2E_PDF_DEADLINE_MS) || testDeadline(6_000);

  test.beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "snapshots-fifo-"));
    await cp("tests/fixtures/good", dir, { recursive: true });
    await rm(path.join(dir, "events.json"));
    await run("mkfifo", [path.join(dir, "events.json")]);
    server = await startNext(null, dir, { acceptUnhealthy: true, startTimeoutMs: testDeadline(30_000), env: { PDF_DEADLINE_MS: String(DEADLINE_MS), DATA_POLL_MS: "200" } });
  });
  test.afterAll(async () => {
    await server?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  test("a FIFO as events.json: health and pages answer 503 at once, naming the file but not where it is", async ({ request }) => {
    const health = await request.get(`${server.url}/api/health`);
    expect(health.status()).toBe(503);
    expect(await health.json()).toMatchObject({ ok: false, served: null });
    const home = await request.get(`${server.url}/`);
    expect(home.status()).toBe(503);
    const text = await home.text();
    expect(text).toContain("events.json: (file): (file): is not a regular file");
    expect(text).not.toContain(dir);
  });

  test("once the files are fixed the set loads without a restart, and long unbroken text wraps everywhere", async ({ page, request }) => {
    await rm(path.join(dir, "events.json"));
    await writeHostileSet(dir);
    await expect.poll(async () => (await request.get(`${server.url}/api/health`)).status()).toBe(200);
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 800 });
      for (const route of ["/?event=deal", "/?event=deal&view=list", "/report", "/present"]) {
        await page.goto(`${server.url}${route}`);
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(scrollWidth, `${route} at ${width} px`).toBeLessThanOrEqual(width);
      }
    }
  });

  test("a broken change keeps the last good set in service and says so", async ({ request }) => {
    const before = await (await request.get(`${server.url}/api/health`)).json();
    await writeFile(path.join(dir, "annotations.json"), "[ { oops");
    await expect.poll(async () => (await (await request.get(`${server.url}/api/health`)).json()).pending).toEqual({ problems: 1 });
    const health = await request.get(`${server.url}/api/health`);
    expect(health.status()).toBe(200);
    expect((await health.json()).served).toBe(before.served);
    expect((await request.get(`${server.url}/report`)).status()).toBe(200);
  });

  test("a frozen Chromium: the render's slot is freed by the deadline, the browser replaced, and the next PDF succeeds", async ({ request }) => {
    test.setTimeout(testDeadline(60_000));
    // A browser already running: the deadline then covers the render alone, not Chromium's start.
    expect((await request.get(`${server.url}/report/pdf?from=2016-01-01&to=2017-01-01`, { timeout: testDeadline(30_000) })).status()).toBe(200);
    const started = Date.now();
    const stuck = request.get(`${server.url}/report/pdf?from=2015-01-01&to=2025-06-30`, { timeout: testDeadline(30_000) });
    let frozen: number[] = [];
    await expect.poll(async () => (frozen = await chromiumOf(server.pid)).length, { timeout: testDeadline(10_000), intervals: [50] }).toBeGreaterThan(0);
    for (const pid of frozen) process.kill(pid, "SIGSTOP");
    // HEAD never renders, so it answers while the render is stuck.
    expect((await request.head(`${server.url}/report/pdf?from=2019-01-01&to=2020-01-01`)).status()).toBe(200);
    const response = await stuck;
    const elapsed = Date.now() - started;
    expect(response.status()).toBe(503);
    expect(Number(response.headers()["retry-after"])).toBeGreaterThan(0);
    // Generous: the deadline plus Chromium's start and a loaded machine's slack, far short of "never".
    expect(elapsed).toBeLessThan(DEADLINE_MS + testDeadline(7_500));
    await expect.poll(() => frozen.some(alive)).toBe(false);
    const next = await request.get(`${server.url}/report/pdf?from=2019-01-01&to=2020-01-01`, { timeout: testDeadline(30_000) });
    expect(next.status()).toBe(200);
    expect((await next.body()).subarray(0, 5).toString()).toBe("%PDF-");
  });

  test("an idle Chromium killed from outside is replaced: the next PDF still succeeds", async ({ request }) => {
    const [browser] = await chromiumOf(server.pid);
    expect(browser).toBeDefined();
    process.kill(browser!, "SIGKILL");
    const response = await request.get(`${server.url}/report/pdf?from=2020-01-01&to=2021-01-01`, { timeout: testDeadline(30_000) });
    expect(response.status()).toBe(200);
  });

  test("Chromium speaks over its pipe only, and one killed as it starts is replaced at once: the render is retried, not held to the deadline", async ({ request }) => {
    test.setTimeout(testDeadline(60_000));
    // No browser running, and the server told so (its pipe closed), so the next render launches one.
    const replaced = () => server.log().split("[pdf] replacing Chromium: it disconnected").length;
    const before = replaced();
    const running = await chromiumOf(server.pid);
    for (const pid of running) process.kill(pid, "SIGKILL");
    await expect.poll(async () => (await chromiumOf(server.pid)).length).toBe(0);
    // Not a pause: the server says when it has seen its browser go (its pipe closed), and only then is the next render asked for.
    if (running.length) await expect.poll(replaced).toBeGreaterThan(before);
    const started = Date.now();
    const pdf = request.get(`${server.url}/report/pdf?from=2021-01-01&to=2022-01-01`, { timeout: testDeadline(45_000) });
    let killed: number[] = [];
    await expect.poll(async () => (killed = await chromiumOf(server.pid)).length, { timeout: testDeadline(15_000), intervals: [20] }).toBeGreaterThan(0);
    const cmdline = await readFile(`/proc/${killed[0]}/cmdline`, "utf8").catch(() => "");
    for (const pid of killed) process.kill(pid, "SIGKILL");
    const response = await pdf;
    expect(response.status()).toBe(200);
    // The retry, not the deadline, answered: a slot held to the deadline would have ended in 503.
    expect(Date.now() - started).toBeLessThan(DEADLINE_MS * 2 + testDeadline(15_000));
    if (cmdline) {
      expect(cmdline).toContain("--remote-debugging-pipe");
      expect(cmdline).not.toContain("--remote-debugging-port");
    }
    const [browser] = await chromiumOf(server.pid);
    expect(await readFile(`/proc/${browser}/cmdline`, "utf8")).not.toContain("--remote-debugging-port");
  });

  test("SIGTERM stops the server", async () => {
    const pid = server.pid;
    process.kill(pid, "SIGTERM");
    await expect.poll(() => alive(pid)).toBe(false);
  });
});
