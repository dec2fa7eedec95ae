import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { deflateSync, strToU8 } from "fflate";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { largestHandoutLink } from "../../scripts/load/handout";
import { startNext, type NextServer } from "../../scripts/next-server";
import { explorerReady } from "./fixtures";
import { testDeadline } from "../deadline";

/** The link from issue 18 (a step title of ~1,500 ordinary words): it used to abort the server from /present/image. */
const KILLER_LINK = "1.q1bKTFGyUiooyk9KVdJRKsksyUkF8gOg_OKS1IJiJavoarhMSHl-UYrCKDlKjpKj5Cg5nEhQgV-am5tYVAks6IOBvLSi_Fwg08jA0FTXwBCIQFVEPkTEDCpSG1sLAA";

function linkOf(value: unknown): string {
  return `1.${Buffer.from(deflateSync(strToU8(JSON.stringify(value)), { level: 9 })).toString("base64url")}`;
}

/** A link of about 1 kB that decodes to 3,500 steps. */
const BOMB_LINK = linkOf({ id: "bomb", title: "Bomb", steps: Array.from({ length: 3500 }, () => ({ title: "S", summary: "x", from: "2015-01-01", to: "2016-01-01" })) });

/** Every route that reads `deck=`, with how it is asked. */
const DECK_ROUTES: { method: "GET" | "HEAD" | "POST"; path: string }[] = [
  { method: "GET", path: "/present" },
  { method: "GET", path: "/present/presenter" },
  { method: "GET", path: "/present/image?format=png" },
  { method: "GET", path: "/present/image?format=svg&part=figure" },
  { method: "GET", path: "/present/pptx" },
  { method: "HEAD", path: "/present/pptx" },
  { method: "POST", path: "/present/pptx" },
  { method: "GET", path: "/report" },
  { method: "GET", path: "/report/pdf" },
  { method: "HEAD", path: "/report/pdf" },
];

/** Generous, from the environment: the refusal is structural (the step count is read before any step), this only catches a regression to "drawn first". */
const REFUSE_MS = Number(process.env.E2E_REFUSE_MS ?? 5000);

async function ask(request: APIRequestContext, route: (typeof DECK_ROUTES)[number], deck: string) {
  const url = route.method === "POST" ? route.path : `${route.path}${route.path.includes("?") ? "&" : "?"}deck=${deck}`;
  return request.fetch(url, { method: route.method, failOnStatusCode: false, ...(route.method === "POST" ? { form: { deck } } : {}) });
}

test.describe("a deck is priced before it is drawn", () => {
  test("the 128-character link of issue 18 answers 413 on every deck route, naming the limit, and the server lives", async ({ request }) => {
    expect(KILLER_LINK).toHaveLength(128);
    for (const route of DECK_ROUTES) {
      const response = await ask(request, route, KILLER_LINK);
      const what = `${route.method} ${route.path}`;
      expect(response.status(), what).toBe(413);
      if (route.method !== "HEAD") expect(await response.text(), what).toMatch(/at most 300 allowed/);
      expect((await request.get("/api/health")).status(), `health after ${what}`).toBe(200);
    }
  });

  test("a link that decodes to 3,500 steps is refused on every deck route before anything is drawn", async ({ request }) => {
    expect(BOMB_LINK.length).toBeLessThan(2000);
    // Each route's code loaded first (a cold route's first request loads its bundle, which is not what is measured).
    for (const route of DECK_ROUTES) await ask(request, route, "1.AAAA");
    for (const route of DECK_ROUTES) {
      const started = Date.now();
      const response = await ask(request, route, BOMB_LINK);
      const elapsed = Date.now() - started;
      const what = `${route.method} ${route.path}`;
      expect(response.status(), what).toBe(413);
      expect(response.headers()["content-type"] ?? "", what).not.toMatch(/image|pdf|presentation/);
      if (route.method !== "HEAD") expect(await response.text(), what).toContain("3,500 steps; a briefing holds at most 40");
      expect(elapsed, what).toBeLessThan(REFUSE_MS);
    }
  });

  test("ten such requests at once leave /api/health answering", async ({ request }) => {
    const bombs = Array.from({ length: 10 }, (_, i) => ask(request, DECK_ROUTES[[2, 4, 7, 8][i % 4]!]!, BOMB_LINK));
    const health = await request.get("/api/health");
    expect(health.status()).toBe(200);
    for (const response of await Promise.all(bombs)) expect(response.status()).toBe(413);
  });

  test("a slide with the longest title and summary a briefing may hold is drawn whole, its figure kept", async ({ request }) => {
    const link = linkOf({
      id: "long",
      title: "Long",
      steps: [{ title: "Iran and the United States ".repeat(12).slice(0, 299), summary: "The talks went on. ".repeat(110).slice(0, 1999), from: "2015-01-01", to: "2016-01-01", events: ["jcpoa-agreed-vienna"] }],
    });
    const svg = await request.get(`/present/image?deck=${link}&format=svg`);
    expect(svg.status()).toBe(200);
    const text = await svg.text();
    const figure = /<svg[^>]*class="figure[^"]*"[^>]*>/.exec(text)![0];
    const height = Number(/\sheight="([\d.]+)"/.exec(figure)![1]);
    const y = Number(/\sy="([\d.]+)"/.exec(figure)![1]);
    expect(height).toBeGreaterThan(200);
    expect(y + height).toBeLessThanOrEqual(1080);
    expect(text).toContain("…");
    const png = await request.get(`/present/image?deck=${link}&format=png`);
    expect(png.status()).toBe(200);
    expect(png.headers()["content-type"]).toBe("image/png");
  });
});

test("the Briefing tray shows the step limit, stops at it, and counts characters near a field's limit", async ({ page }) => {
  const steps = Array.from({ length: 40 }, (_, i) => ({ title: `Step ${i + 1}`, summary: "Summary.", from: "2015-01-01", to: "2016-01-01", events: [], quotes: [], notes: "" }));
  await page.addInitScript((stored) => localStorage.setItem("snapshots:adhoc-story", stored), JSON.stringify({ id: "adhoc", title: "Full", description: "", steps }));
  await page.goto("/?event=us-iran-talks-round-2-rome");
  await explorerReady(page);
  await page.getByRole("button", { name: /^Briefing \d+$/ }).click();
  const tray = page.locator('section[aria-labelledby="briefing-tray-heading"]');
  await expect(tray.getByRole("heading", { name: /Briefing/ })).toContainText("40 of 40 steps");
  await expect(tray.getByRole("button", { name: "Add current window" })).toBeDisabled();
  await expect(tray.getByRole("button", { name: "Add selected event" })).toBeDisabled();
  await expect(tray).toContainText("A briefing holds at most 40 steps");
  await tray.getByRole("button", { name: "Edit step 1: Step 1" }).click();
  const title = tray.getByLabel("Title", { exact: true });
  await title.fill("T".repeat(250));
  await expect(tray).toContainText("250 of 300 characters");
  await title.fill("T".repeat(400));
  await expect(title).toHaveValue("T".repeat(300));
});

const run = promisify(execFile);

/** Every process under `root`, with its command line. */
async function descendants(root: number): Promise<{ pid: number; ppid: number; args: string }[]> {
  const { stdout } = await run("ps", ["-eo", "pid=,ppid=,args="]);
  const rows = stdout.split("\n").flatMap((line) => {
    const found = /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line);
    return found ? [{ pid: Number(found[1]), ppid: Number(found[2]), args: found[3]! }] : [];
  });
  const inside = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const row of rows) if (inside.has(row.ppid) && !inside.has(row.pid)) grew = inside.add(row.pid) !== null;
  }
  return rows.filter((row) => row.pid !== root && inside.has(row.pid));
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The built-in story's steps repeated to the most a briefing may hold: the largest deck the tray can make. `id` makes a deck no earlier test has had drawn (and cached). */
function largestDeck(id = "largest"): string {
  const steps = Array.from({ length: 40 }, (_, i) => ({ title: `Step ${i + 1}`, summary: "The talks went on.", from: `${2003 + (i % 20)}-01-01`, to: `${2004 + (i % 20)}-06-30`, events: [], notes: "Notes." }));
  return linkOf({ id, title: "The largest briefing", steps });
}

test.describe.serial("a server of its own: render jobs in a pool, admission per client, a primary that restarts the server", () => {
  let server: NextServer;
  test.beforeAll(async () => {
    // The render deadlines are the production ones (90 s for a .pptx, 20 s for an image) on a quiet machine, scaled like every test limit.
    server = await startNext(null, null, {
      startTimeoutMs: testDeadline(30_000),
      env: { SHUTDOWN_GRACE_MS: "3000", PPTX_DEADLINE_MS: String(testDeadline(45_000)), IMAGE_DEADLINE_MS: String(testDeadline(10_000)) },
    });
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test("/present/image, /present/pptx and the handout PDF answer 429 with Retry-After past the per-client limit", async ({ request }) => {
    test.setTimeout(testDeadline(60_000));
    const at = (path: string) => request.get(`${server.url}${path}`, { timeout: testDeadline(45_000) });
    for (const paths of [
      ["/present/image?story=jcpoa-to-rome&step=1", "/present/image?story=jcpoa-to-rome&step=2", "/present/image?story=jcpoa-to-rome&step=3"],
      ["/present/pptx?story=jcpoa-to-rome", `/present/pptx?deck=${linkOf({ id: "a", title: "A", steps: [{ title: "S", summary: "x", from: "2015-01-01", to: "2016-01-01" }] })}`],
      ["/report/pdf?story=jcpoa-to-rome", "/report/pdf?story=jcpoa-to-rome&paper=letter"],
    ]) {
      const responses = await Promise.all(paths.map(at));
      const statuses = responses.map((response) => response.status());
      expect(statuses, paths[0]).toContain(429);
      expect(statuses.every((status) => status === 200 || status === 429), `${paths[0]}: ${statuses}`).toBe(true);
      for (const response of responses) if (response.status() === 429) expect(Number(response.headers()["retry-after"])).toBeGreaterThan(0);
    }
  });

  test("a .pptx of the largest deck a briefing may be is made within its deadline while / keeps serving", async ({ request }) => {
    test.setTimeout(testDeadline(90_000));
    const link = largestDeck();
    await request.get(`${server.url}/`);
    const pptx = request.get(`${server.url}/present/pptx?deck=${link}`, { timeout: testDeadline(85_000) });
    let served = 0;
    for (let i = 0; i < 10; i++) {
      expect((await request.get(`${server.url}/`)).status()).toBe(200);
      served++;
    }
    const response = await pptx;
    expect(response.status()).toBe(200);
    expect((await response.body()).subarray(0, 2).toString()).toBe("PK");
    expect(served).toBe(10);
  });

  test("the largest handout is written by a render worker: /api/health and / answer while that worker is held", async ({ request }) => {
    test.setTimeout(180_000);
    // The most a briefing may hold: 40 steps of 12 events each, titles and summaries at their limits, long notes.
    const { items } = (await (await request.get(`${server.url}/api/window?from=2002-01-01&to=2026-12-31&px=1200`)).json()) as { items: { id: string }[] };
    const link = largestHandoutLink(items.map((item) => item.id), "largest-handout");
    const workers = async () => (await descendants(server.pid)).filter((row) => row.args.includes("render-worker")).map((row) => row.pid);
    const signal = (pids: number[], name: NodeJS.Signals) =>
      pids.forEach((pid) => {
        try {
          process.kill(pid, name);
        } catch {
          // Gone already.
        }
      });
    // Every render worker is stopped from before the handout is asked for until one holds it: the handout
    // then waits in a worker, and only the server's event loop is left to answer the requests below.
    const held = new Set(await workers());
    signal([...held], "SIGSTOP");
    let answered = false;
    const handout = request.get(`${server.url}/report?deck=${link}`, { timeout: 170_000 }).finally(() => (answered = true));
    try {
      for (let i = 0; i < 20 || held.size === 0; i++) {
        const pids = (await workers()).filter((pid) => !held.has(pid));
        signal(pids, "SIGSTOP");
        pids.forEach((pid) => held.add(pid));
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      for (let i = 0; i < 5; i++) expect((await request.get(`${server.url}/api/health`)).status()).toBe(200);
      expect((await request.get(`${server.url}/`)).status()).toBe(200);
      expect(answered, "the handout waits for its worker: nothing of it was drawn on the event loop").toBe(false);
    } finally {
      signal([...held], "SIGCONT");
    }
    const response = await handout;
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(html).toContain('id="handout-step-40"');
    expect(html.match(/<svg/g)?.length).toBeGreaterThanOrEqual(40);
  });

  test("a render worker SIGKILLed mid-job: that job answers 500, the server keeps answering, the next job gets a new worker", async ({ request }) => {
    test.setTimeout(testDeadline(90_000));
    // A deck of its own: the one above is in the response cache, and would be answered from it.
    const link = largestDeck("killed-mid-job");
    // Every render worker is killed from before the job is asked until it is answered: the one that takes
    // the job dies while it starts (a worker loads for far longer than one round of this loop), whatever
    // the machine's speed. Idle workers left by earlier tests go first, so none can take the job unseen.
    const renderWorkers = async () => (await descendants(server.pid)).filter((row) => row.args.includes("render-worker")).map((row) => row.pid);
    const killAll = (pids: number[]) =>
      pids.forEach((pid) => {
        try {
          process.kill(pid, "SIGKILL");
        } catch {
          // Gone already.
        }
      });
    killAll(await renderWorkers());
    let answered = false;
    const job = request.get(`${server.url}/present/pptx?deck=${link}`, { timeout: testDeadline(85_000) }).finally(() => (answered = true));
    while (!answered) {
      killAll(await renderWorkers());
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const response = await job;
    expect([500, 503]).toContain(response.status());
    expect((await response.json()).error).toMatch(/renderer stopped|Try again/);
    expect((await request.get(`${server.url}/api/health`)).status()).toBe(200);
    const next = await request.get(`${server.url}/present/image?story=jcpoa-to-rome&step=5`, { timeout: testDeadline(45_000) });
    expect(next.status()).toBe(200);
  });

  test("the server process killed outright: the primary starts a new one", async () => {
    test.setTimeout(testDeadline(60_000));
    const [first] = (await descendants(server.pid)).filter((row) => row.ppid === server.pid && row.args.includes("server/main.ts"));
    expect(first).toBeDefined();
    process.kill(first!.pid, "SIGKILL");
    const health = () => fetch(`${server.url}/api/health`, { signal: AbortSignal.timeout(testDeadline(1_500)) }).then((r) => r.status, () => 0);
    await expect.poll(health, { timeout: testDeadline(45_000), intervals: [500] }).toBe(200);
    const [second] = (await descendants(server.pid)).filter((row) => row.ppid === server.pid && row.args.includes("server/main.ts"));
    expect(second!.pid).not.toBe(first!.pid);
  });

  test("SIGTERM stops the server within its grace period even when its event loop is frozen", async () => {
    const [worker] = (await descendants(server.pid)).filter((row) => row.ppid === server.pid && row.args.includes("server/main.ts"));
    process.kill(worker!.pid, "SIGSTOP");
    const started = Date.now();
    process.kill(server.pid, "SIGTERM");
    await expect.poll(() => alive(server.pid) || alive(worker!.pid), { timeout: testDeadline(15_000) }).toBe(false);
    // Generous, from the environment: the grace (3 s here) plus a loaded machine's slack.
    expect(Date.now() - started).toBeLessThan(3000 + (Number(process.env.E2E_SLACK_MS) || testDeadline(5_000)));
  });
});
