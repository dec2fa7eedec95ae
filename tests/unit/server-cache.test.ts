import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { publishServedData } from "@/lib/http/process-slots";
import { createResponseCache } from "@/lib/http/response-cache";
import { isPlainPath } from "@/lib/http/not-found-page";
import type { HandlerOptions } from "@/server/handler";
import { defaultPage, serve } from "./serve-handler";
import { testDeadline } from "../deadline";

let servers: Server[] = [];
beforeEach(() => publishServedData({ ok: true, version: "test@1#abc" }));
afterEach(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  servers = [];
});

async function started(options?: Partial<HandlerOptions>, page?: Parameters<typeof serve>[1]) {
  const s = await serve(options, page);
  servers.push(s.server);
  return s;
}

describe("the server's page cache", () => {
  it("keeps no bad-link or error page: each is answered again, with its status and no-store", async () => {
    const { url, renders } = await started();
    for (let i = 0; i < 3; i++) {
      const response = await fetch(`${url}/present?deck=1.garbage`);
      expect(response.status).toBe(400);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      await response.text();
    }
    expect(renders).toHaveLength(3);
  });

  it("answers a file from memory with the Cache-Control it was first sent with, and a page with the server's own", async () => {
    const { url, renders } = await started({}, (req, res) => {
      if (req.url === "/icon.svg") {
        res.setHeader("Content-Type", "image/svg+xml");
        res.setHeader("Cache-Control", "public, max-age=0, must-revalidate");
        return void res.end("<svg xmlns='http://www.w3.org/2000/svg'/>");
      }
      res.setHeader("Cache-Control", "s-maxage=31536000");
      defaultPage(req, res);
    });
    for (let i = 0; i < 3; i++) {
      const icon = await fetch(`${url}/icon.svg`);
      expect(icon.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
      await icon.text();
      const page = await fetch(`${url}/report`);
      expect(page.headers.get("cache-control")).toBe("private, no-cache");
      await page.text();
    }
    expect(renders).toEqual(["/icon.svg", "/report"]);
  });

  it("redirects parameters a page does not read to its canonical URL, without rendering anything", async () => {
    const { url, renders } = await started();
    for (let i = 0; i < 50; i++) {
      const response = await fetch(`${url}/?junk${i}=${i}&from=2015-01-01&to=2025-06-30`, { redirect: "manual" });
      expect(response.status).toBe(308);
      expect(response.headers.get("location")).toBe("/?from=2015-01-01&to=2025-06-30");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      await response.text();
    }
    expect(renders).toHaveLength(0);
    // Next's own client navigations keep their parameters.
    await (await fetch(`${url}/?_rsc=abc`, { headers: { rsc: "1" } })).text();
    expect(renders).toEqual(["/?_rsc=abc"]);
  });

  it("serves a page asked for again from memory, and a flood of pages asked for once cannot evict it", async () => {
    const { url, renders } = await started({ cacheMaxBytes: 512 * 1024 });
    for (let i = 0; i < 2; i++) await (await fetch(`${url}/?from=2015-01-01&to=2025-06-30`)).text();
    expect(renders).toHaveLength(1);
    // Each page ~10 kB against a 512 kB budget: 300 of them would have pushed everything else out of a plain LRU.
    for (let i = 0; i < 300; i++) await (await fetch(`${url}/?from=2015-01-01&to=2025-06-${String((i % 28) + 1).padStart(2, "0")}T${String(i % 24).padStart(2, "0")}:00Z&q=${i}`)).text();
    const before = renders.length;
    await (await fetch(`${url}/?from=2015-01-01&to=2025-06-30`)).text();
    expect(renders.length).toBe(before);
  });

  it("caches pages for a bounded number of origins when PUBLIC_ORIGIN is unset", async () => {
    const previous = process.env.PUBLIC_ORIGIN;
    delete process.env.PUBLIC_ORIGIN;
    try {
      const { url, renders } = await started({ cacheMaxOrigins: 2 });
      const { request } = await import("node:http");
      const get = (host: string) =>
        new Promise<void>((resolve, reject) => {
          const req = request(`${url}/report`, { headers: { host } }, (res) => res.resume().on("end", resolve));
          req.on("error", reject).end();
        });
      for (const host of ["a.example", "b.example", "c.example", "c.example", "a.example"]) await get(host);
      // a and b are kept; c, one origin too many, is rendered each time.
      expect(renders).toHaveLength(4);
    } finally {
      if (previous !== undefined) process.env.PUBLIC_ORIGIN = previous;
    }
  });

  it("sends a page's compressed copy once it is asked for again, and the same page inflated", async () => {
    const { url } = await started();
    const plain = await (await fetch(`${url}/report`, { headers: { "accept-encoding": "identity" } })).text();
    const texts: string[] = [];
    // The compressed copy is made after the first answer, off the request: asked again until it is there.
    const encoding = async () => {
      const response = await fetch(`${url}/report`, { headers: { "accept-encoding": "gzip" } });
      texts.push(await response.text());
      return response.headers.get("content-encoding");
    };
    await expect.poll(encoding, { timeout: testDeadline(5_000), interval: 20 }).toBe("gzip");
    for (const text of texts) expect(text.replace(/nonce="[^"]+"/, "")).toBe(plain.replace(/nonce="[^"]+"/, ""));
  });
});

describe("pages drawn per client", () => {
  it("are admitted within the client's budget, then 429 with Retry-After; the cache's answers, APIs and other clients are not counted", async () => {
    const { url, renders } = await started({ pageRenders: { burst: 3, perMinute: 60 }, trustedHops: 1 });
    const get = async (path: string, client = "192.0.2.1") => {
      const response = await fetch(`${url}${path}`, { headers: { "x-forwarded-for": client } });
      await response.text();
      return response;
    };
    for (const to of ["2020-01-01", "2021-01-01", "2022-01-01"]) expect((await get(`/?from=2015-01-01&to=${to}`)).status).toBe(200);
    const refused = await get("/?from=2015-01-01&to=2023-01-01");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(renders).toHaveLength(3);
    // Served from the cache: free. Another address: its own budget. An API answer: not a page.
    expect((await get("/?from=2015-01-01&to=2020-01-01")).status).toBe(200);
    expect((await get("/?from=2015-01-01&to=2023-01-01", "198.51.100.7")).status).toBe(200);
    expect((await get("/api/search?q=talks")).status).toBe(200);
    expect((await get("/no-such-page")).status).toBe(429);
  });
});

/** Next's not-found page as far as the server sees it: the nonce on its script, the address in the router's state, the rest the same for every path. */
function notFoundPage(req: IncomingMessage, res: ServerResponse, echo = false) {
  const nonce = /'nonce-([^']+)'/.exec(String(req.headers["content-security-policy"]))?.[1];
  const path = new URL(req.url ?? "/", "http://x").pathname;
  res.statusCode = 404;
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.setHeader("Link", `</_next/static/a.css>; rel=preload; as=style; nonce="${nonce}"`);
  const router = `0:{\\"P\\":null,\\"c\\":${JSON.stringify(path.split("/")).replaceAll('"', '\\"')},\\"q\\":\\"\\"}`;
  res.end(`<html><h1>Page not found</h1>${echo ? `<p>${path}</p>` : ""}<script nonce="${nonce}">self.__next_f.push([1,"${router}"])</script></html>`);
}

describe("paths no route answers", () => {
  const knownPath = (pathname: string) => pathname === "/" || pathname === "/report";
  const page = (req: IncomingMessage, res: ServerResponse) => (knownPath(new URL(req.url ?? "/", "http://x").pathname) ? defaultPage(req, res) : notFoundPage(req, res));

  it("get the not-found page drawn once, then from memory with their own address in the router's state and a fresh nonce", async () => {
    const { url, renders } = await started({ knownPath }, page);
    const answers = [];
    for (const path of ["/no-such-page-first", "/wp-login.php", "/a/b/c-d_e~f", "/no-such-page-first"]) {
      const response = await fetch(`${url}${path}`);
      const body = await response.text();
      expect(response.status, path).toBe(404);
      expect(response.headers.get("cache-control"), path).toBe("no-store");
      const nonce = /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1];
      expect(body, path).toContain(`<script nonce="${nonce}">`);
      expect(response.headers.get("link"), path).toContain(`nonce="${nonce}"`);
      // The browser's router writes this address into the location bar: it must be this request's, never the first one's.
      expect(body, path).toContain(`\\"c\\":${JSON.stringify(path.split("/")).replaceAll('"', '\\"')}`);
      if (path !== "/no-such-page-first") expect(body, path).not.toContain("no-such-page-first");
      answers.push(nonce);
    }
    expect(new Set(answers).size).toBe(4);
    expect(renders).toEqual(["/no-such-page-first"]);
    // Known routes, queries and paths with characters the page would escape still go to Next.
    for (const path of ["/report", "/no-such-page?x=1", "/caf%C3%A9/"]) await (await fetch(`${url}${path}`)).text();
    expect(renders.slice(1)).toEqual(["/report", "/no-such-page?x=1", "/caf%C3%A9/"]);
    // Dot segments (which Next resolves) too; fetch would resolve them before sending.
    for (const path of ["/x/../y", "/x/.%2E/y", "/x/%2e", "/a\"b", "/a<b"]) expect(isPlainPath(path), path).toBe(false);
  });

  it("are drawn each time by a page that shows the address anywhere else", async () => {
    const { url, renders } = await started({ knownPath }, (req, res) => notFoundPage(req, res, true));
    for (const path of ["/no-such-page-one", "/no-such-page-two"]) {
      const response = await fetch(`${url}${path}`);
      expect(await response.text()).toContain(`<p>${path}</p>`);
    }
    expect(renders).toHaveLength(2);
  });
});

describe("pages that come out as errors, per client", () => {
  it("have a smaller budget; past it the client's page renders are refused with 429 until it refills, other clients' are not", async () => {
    const { url, renders } = await started({ pageRenders: { burst: 100, perMinute: 6000 }, pageErrors: { burst: 3, perMinute: 60 }, trustedHops: 1 });
    const get = async (path: string, client = "192.0.2.1") => {
      const response = await fetch(`${url}${path}`, { headers: { "x-forwarded-for": client } });
      await response.text();
      return response;
    };
    for (let i = 0; i < 3; i++) expect((await get(`/present?deck=1.garbage${i}`)).status).toBe(400);
    const refused = await get("/present?deck=1.garbage3");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    // A good page too: the client is refused until its error budget refills. Another address draws its own.
    expect((await get("/?from=2015-01-01&to=2020-01-01")).status).toBe(429);
    expect((await get("/?from=2015-01-01&to=2020-01-01", "198.51.100.7")).status).toBe(200);
    expect(renders).toHaveLength(4);
    // Pages that draw fine do not spend it.
    for (let i = 0; i < 10; i++) expect((await get(`/?from=2015-01-01&to=2021-01-${String(i + 1).padStart(2, "0")}`, "203.0.113.9")).status).toBe(200);
  });

  it("holds while the bad links' renders are still under way: ten at once from one client, three drawn", async () => {
    const slowPage = async (req: IncomingMessage, res: ServerResponse) => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      defaultPage(req, res);
    };
    const { url, renders } = await started({ pageRenders: { burst: 100, perMinute: 6000 }, pageErrors: { burst: 3, perMinute: 1 } }, slowPage);
    const statuses = await Promise.all(Array.from({ length: 10 }, async (_, i) => (await fetch(`${url}/present?deck=1.garbage${i}`)).status));
    expect(statuses.sort()).toEqual([400, 400, 400, ...Array(7).fill(429)]);
    expect(renders).toHaveLength(3);
  });
});

describe("the response cache's budget", () => {
  it("keeps entries asked for twice through a flood of entries asked for once", () => {
    const cache = createResponseCache<{ bytes: number }>({ maxBytes: 1000, maxEntryBytes: 100 });
    cache.set("home", { bytes: 100 });
    cache.get("home");
    for (let i = 0; i < 1000; i++) cache.set(`junk${i}`, { bytes: 50 });
    expect(cache.get("home")).toBeDefined();
    expect(cache.bytes).toBeLessThanOrEqual(1000);
  });

  it("counts an entry's compressed copy when it arrives, and evicts to stay under budget", () => {
    const cache = createResponseCache<{ bytes: number }>({ maxBytes: 100, maxEntryBytes: 100 });
    const a = { bytes: 40 };
    cache.set("a", a);
    cache.set("b", { bytes: 40 });
    a.bytes = 70;
    cache.reweigh("a", a);
    expect(cache.bytes).toBeLessThanOrEqual(100);
    expect(cache.size).toBe(1);
  });

  it("refuses an entry of one group too many, and frees a group's place when its last entry goes", () => {
    const cache = createResponseCache<{ bytes: number }>({ maxBytes: 100, maxEntryBytes: 100, maxGroups: 1 });
    expect(cache.set("a", { bytes: 1 }, { group: "x" })).toBe(true);
    expect(cache.set("b", { bytes: 1 }, { group: "y" })).toBe(false);
    cache.delete("a");
    expect(cache.set("b", { bytes: 1 }, { group: "y" })).toBe(true);
    expect(cache.groups).toBe(1);
  });
});
