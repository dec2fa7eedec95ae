import { deflateSync, strToU8 } from "fflate";
import { expect, test, type APIRequestContext } from "@playwright/test";

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
const REFUSE_MS = Number(process.env.E2E_REFUSE_MS ?? 3000);

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
    for (const route of DECK_ROUTES) {
      const started = Date.now();
      const response = await ask(request, route, BOMB_LINK);
      const elapsed = Date.now() - started;
      const what = `${route.method} ${route.path}`;
      expect(response.status(), what).toBe(413);
      expect(response.headers()["content-type"], what).not.toMatch(/image|pdf|presentation/);
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
