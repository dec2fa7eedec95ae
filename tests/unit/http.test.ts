import { describe, expect, it } from "vitest";
import { clientId } from "@/lib/http/client-id";
import { pickEncoding } from "@/lib/http/encoding";
import { idListParam } from "@/lib/view/view-params";
import { listenOrigin } from "@/lib/http/listen-origin";
import { createNonce, fillNonceTemplate, toNonceTemplate } from "@/lib/http/nonce-template";
import { createRateLimiter } from "@/lib/http/rate-limit";
import { parseRequestTarget } from "@/lib/http/request-target";
import { createResponseCache } from "@/lib/http/response-cache";
import { MAX_SHARE_CHARS } from "@/lib/story/share";
import { cacheControl, embedOrigins, frameAncestors, securityHeaders } from "@/lib/http/security-headers";

describe("request targets", () => {
  it("answers malformed percent-encoding with 400, in the path or the query", () => {
    for (const target of ["/api/events/%zz", "/api/events/%C0%AF", "/api/events/%ED%A0%80", "/?from=%zz", "/report?q=%E0%A4%A"])
      expect(parseRequestTarget(target)).toMatchObject({ ok: false, status: 400 });
  });

  it("refuses targets that are not a path, and over-long ones with 414", () => {
    expect(parseRequestTarget("http://evil.example/")).toMatchObject({ ok: false, status: 400 });
    expect(parseRequestTarget("//evil.example/")).toMatchObject({ ok: false, status: 400 });
    expect(parseRequestTarget(`/?q=${"a".repeat(5000)}`)).toMatchObject({ ok: false, status: 414 });
  });

  it("reads the longest briefing a share link carries on every page that opens one, and no longer", () => {
    const deck = `1.${"A".repeat(MAX_SHARE_CHARS - 2)}`;
    for (const page of ["/present?", "/present/presenter?", "/report?print=1&", "/report/pdf?paper=letter&", "/present/pptx?", "/present/image?format=png&scale=2&"])
      expect(parseRequestTarget(`${page}deck=${deck}&step=12`), page).toMatchObject({ ok: true });
    expect(parseRequestTarget(`/present?deck=${deck}${"A".repeat(1000)}`)).toMatchObject({ ok: false, status: 414 });
    expect(parseRequestTarget(`/api/search?q=${deck}`)).toMatchObject({ ok: false, status: 414 });
  });

  it("normalises the query one way: keys in order, repeated keys keeping theirs, one encoding", () => {
    const a = parseRequestTarget("/report?to=2020-01-01&from=2019-01-01&q=a+b&lanes=x&lanes=y");
    const b = parseRequestTarget("/report?from=2019-01-01&q=a%20b&lanes=x&to=2020-01-01&lanes=y&");
    expect(a).toEqual(b);
    expect(a).toEqual({ ok: true, pathname: "/report", search: "from=2019-01-01&lanes=x&lanes=y&q=a+b&to=2020-01-01" });
    expect(parseRequestTarget("/report?lanes=y&lanes=x")).not.toEqual(a);
  });
});

describe("security headers", () => {
  it("give a page a nonce-based policy that forbids framing", () => {
    const headers = securityHeaders({ pathname: "/", contentType: "text/html; charset=utf-8", nonce: "abc" });
    const csp = headers["Content-Security-Policy"]!;
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(headers).toMatchObject({ "X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY", "Referrer-Policy": "same-origin" });
    expect(headers["Permissions-Policy"]).toContain("camera=()");
  });

  it("let JSON and other files load nothing at all", () => {
    expect(securityHeaders({ pathname: "/api/search", contentType: "application/json", nonce: "abc" })["Content-Security-Policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  });

  it("open framing only for embed routes, only to well-formed configured origins", () => {
    const origins = embedOrigins("https://news.example, javascript:alert(1) http://intranet:8080");
    expect(origins).toEqual(["https://news.example", "http://intranet:8080"]);
    expect(frameAncestors("/embed", origins)).toEqual(origins);
    expect(frameAncestors("/embedded", origins)).toEqual(["'none'"]);
    expect(frameAncestors("/report", origins)).toEqual(["'none'"]);
    expect(frameAncestors("/embed/x", [])).toEqual(["'none'"]);
    expect(embedOrigins("https://news.example/ https://a.example/path")).toEqual(["https://news.example"]);
  });

  it("let other sites load the shared-link preview image, and nothing else", () => {
    expect(securityHeaders({ pathname: "/api/preview.png", contentType: "image/png", nonce: "abc" })["Cross-Origin-Resource-Policy"]).toBe("cross-origin");
    expect(securityHeaders({ pathname: "/api/window", contentType: "application/json", nonce: "abc" })["Cross-Origin-Resource-Policy"]).toBe("same-origin");
    expect(securityHeaders({ pathname: "/embed", contentType: "text/html", nonce: "abc" })["Cross-Origin-Resource-Policy"]).toBe("same-origin");
  });

  it("say how long answers may be kept: pages privately with revalidation, errors and health never", () => {
    expect(cacheControl("/", 200, "text/html")).toBe("private, no-cache");
    expect(cacheControl("/api/window", 200, "application/json")).toBe("no-cache");
    expect(cacheControl("/api/health", 200, "application/json")).toBe("no-store");
    expect(cacheControl("/report", 413, "text/html")).toBe("no-store");
    expect(cacheControl("/_next/static/chunks/a.js", 200, "application/javascript")).toBeNull();
  });
});

describe("nonce templates", () => {
  it("put a fresh nonce everywhere the rendered one was, and nowhere else", () => {
    const first = createNonce();
    const second = createNonce();
    expect(first).not.toBe(second);
    expect(first).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const page = Buffer.from(`<script nonce="${first}">a</script><p>nonce</p><script nonce="${first}" src="/x.js"></script>`);
    const template = toNonceTemplate(page, first);
    expect(template.parts).toHaveLength(3);
    expect(fillNonceTemplate(template, second).toString()).toBe(`<script nonce="${second}">a</script><p>nonce</p><script nonce="${second}" src="/x.js"></script>`);
  });
});

describe("response cache", () => {
  it("drops the least recently used entries to stay under its byte budget", () => {
    const cache = createResponseCache<{ bytes: number }>({ maxBytes: 100, maxEntryBytes: 60 });
    cache.set("a", { bytes: 40 });
    cache.set("b", { bytes: 40 });
    cache.get("a");
    cache.set("c", { bytes: 40 });
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBeDefined();
    expect(cache.bytes).toBe(80);
    cache.set("huge", { bytes: 70 });
    expect(cache.get("huge")).toBeUndefined();
  });

  it("forgets an entry once its time is up", () => {
    const cache = createResponseCache<{ bytes: number }>({ maxBytes: 100, maxEntryBytes: 100 });
    cache.set("a", { bytes: 1 }, { ttlMs: 1000, now: 0 });
    expect(cache.get("a", 999)).toBeDefined();
    expect(cache.get("a", 1000)).toBeUndefined();
    expect(cache.size).toBe(0);
  });
});

describe("per-client rate limit", () => {
  it("allows a burst, then says when to retry, and refills over time", () => {
    const limiter = createRateLimiter({ burst: 2, perMinute: 6 });
    expect(limiter.take("a", 0).ok).toBe(true);
    expect(limiter.take("a", 0).ok).toBe(true);
    expect(limiter.take("a", 0)).toEqual({ ok: false, retryAfterSeconds: 10 });
    expect(limiter.take("b", 0).ok).toBe(true);
    expect(limiter.take("a", 10_000).ok).toBe(true);
  });

  it("gives back a token for work that did not happen, and forgets idle clients past its bound", () => {
    const limiter = createRateLimiter({ burst: 1, perMinute: 1, maxClients: 2 });
    limiter.take("a", 0);
    limiter.refund("a");
    expect(limiter.take("a", 0).ok).toBe(true);
    limiter.take("b", 0);
    limiter.take("c", 0);
    expect(limiter.clients).toBe(2);
  });
});

describe("client identity", () => {
  it("is the peer address unless proxies are trusted, then the hop they saw", () => {
    expect(clientId("::ffff:10.0.0.5", "1.2.3.4")).toBe("10.0.0.5");
    expect(clientId("10.0.0.1", "6.6.6.6, 1.2.3.4", 1)).toBe("1.2.3.4");
    expect(clientId("10.0.0.1", "1.2.3.4, 10.0.0.9", 2)).toBe("1.2.3.4");
  });

  it("groups IPv6 clients by their /64", () => {
    expect(clientId("2001:db8:1:2:aaaa::1", undefined)).toBe("2001:db8:1:2::/64");
    expect(clientId("2001:db8:1:2:bbbb::9", undefined)).toBe("2001:db8:1:2::/64");
    expect(clientId("::1", undefined)).toBe("0:0:0:0::/64");
  });
});

describe("content encoding", () => {
  it("is gzip when the client takes it, respecting q=0", () => {
    expect(pickEncoding("gzip, deflate, br, zstd")).toBe("gzip");
    expect(pickEncoding("br;q=1, gzip;q=0.5")).toBe("gzip");
    expect(pickEncoding("gzip;q=0, br")).toBe("identity");
    expect(pickEncoding("*")).toBe("gzip");
    expect(pickEncoding(undefined)).toBe("identity");
  });
});

describe("the server's own origin", () => {
  it("is the bound address, or loopback of its family for a wildcard bind", () => {
    expect(listenOrigin({ address: "127.0.0.1", port: 3000 })).toBe("http://127.0.0.1:3000");
    expect(listenOrigin({ address: "::1", port: 3000 })).toBe("http://[::1]:3000");
    expect(listenOrigin({ address: "::", port: 80 })).toBe("http://[::1]:80");
    expect(listenOrigin({ address: "0.0.0.0", port: 80 })).toBe("http://127.0.0.1:80");
    expect(listenOrigin({ address: "10.1.2.3", port: 8080 })).toBe("http://10.1.2.3:8080");
  });
});

describe("id lists", () => {
  it("drop empty entries and repeats, keeping first order", () => {
    expect(idListParam.parse("b, a,,b,a")).toEqual(["b", "a"]);
    expect(idListParam.safeParse("a,<b>").success).toBe(false);
  });
});

describe("gzip templates", () => {
  it("inflate to exactly the page with the new nonce, whatever the nonce", async () => {
    const { gunzipSync } = await import("node:zlib");
    const { toGzipTemplate, fillGzipTemplate } = await import("@/lib/http/gzip-template");
    const rendered = createNonce();
    const text = `<html><script nonce="${rendered}">x</script>${"<p>Iran – talks in Rome, 19 April 2025</p>".repeat(400)}<script nonce="${rendered}"></script></html>`;
    const template = toNonceTemplate(Buffer.from(text), rendered);
    const gzip = await toGzipTemplate(template);
    expect(gzip.bytes).toBeLessThan(text.length / 10);
    // All the pieces share one buffer of their own size: zlib's 16 kB output buffers are not kept per piece.
    expect(new Set(gzip.segments.map((segment) => segment.buffer)).size).toBe(1);
    expect(gzip.segments[0]!.buffer.byteLength).toBeLessThanOrEqual(Math.max(gzip.bytes, 8192));
    for (const nonce of [createNonce(), createNonce()]) expect(gunzipSync(fillGzipTemplate(gzip, template, nonce)).toString()).toBe(text.replaceAll(rendered, nonce));
    const plain = toNonceTemplate(Buffer.from("{}"), rendered);
    expect(gunzipSync(fillGzipTemplate(await toGzipTemplate(plain), plain, "n")).toString()).toBe("{}");
  });
});
