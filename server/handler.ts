import { createHash } from "node:crypto";
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { bodyLimit } from "../lib/http/body-limits";
import { clientId } from "../lib/http/client-id";
import { pickEncoding } from "../lib/http/encoding";
import { fillGzipTemplate, toGzipTemplate, type GzipTemplate } from "../lib/http/gzip-template";
import { createNonce, fillNonceTemplate, toNonceTemplate, type NonceTemplate } from "../lib/http/nonce-template";
import { fillNotFoundTemplate, isPlainPath, toNotFoundTemplate, type NotFoundTemplate } from "../lib/http/not-found-page";
import { isPageRender } from "../lib/http/page-renders";
import { getServedData, runWithResponseNotes, type ResponseNotes } from "../lib/http/process-slots";
import { createRateLimiter } from "../lib/http/rate-limit";
import { parseRequestTarget } from "../lib/http/request-target";
import { canonicalQuery } from "../lib/http/route-params";
import { figureWidthOfRequest } from "../lib/view/figure-width";
import { publicOrigin } from "../lib/http/public-origin";
import { createResponseCache } from "../lib/http/response-cache";
import { createStaticFiles, STATIC_PREFIX, type StaticFile } from "../lib/http/static-files";
import { cacheControl, isDeskPath, isHtml, securityHeaders } from "../lib/http/security-headers";
import { hasBody, holdBody, lingerAfterAnswer, type BodyBudget } from "./request-body";
import { hookResponse, type Captured } from "./response-hook";

export type NextHandle = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export interface HandlerOptions {
  handle: NextHandle;
  dev: boolean;
  /** Proxies in front whose X-Forwarded-For is believed (TRUST_PROXY_HOPS). */
  trustedHops: number;
  cacheMaxBytes: number;
  cacheMaxEntryBytes: number;
  /** Origins (Host headers, when PUBLIC_ORIGIN is unset) whose pages may be cached at once. */
  cacheMaxOrigins: number;
  /** Request bodies held in memory at once, all requests together (each route's own limit: lib/http/body-limits.ts). */
  bodyBudgetBytes: number;
  /** Pages drawn per client when the cache cannot answer (lib/http/page-renders.ts): a burst, refilled per minute. */
  pageRenders: { burst: number; perMinute: number };
  /** The build's `.next/static`, served from memory and gzipped once (lib/http/static-files.ts); unset: Next serves it. */
  staticDir?: string;
  /** Bytes of it held in memory at most (default 64 MiB); past that Next serves the rest. */
  staticMaxBytes?: number;
  /**
   * Of those, pages that came out as a client error (a bad link's 400, a limit page's 413, not found): a smaller
   * budget. A client past it has every page render refused (429) until it refills: junk costs its sender, not the server.
   */
  pageErrors: { burst: number; perMinute: number };
  /**
   * Paths the build has a route or a file for (server/known-paths.ts). Any other plain path without a query gets
   * the not-found page from memory (lib/http/not-found-page.ts), drawn once per data set and origin. Unset: every
   * path goes to Next.
   */
  knownPath?: ((pathname: string) => boolean) | null;
  /** True once the server is shutting down: answers then close their connection. */
  stopping: () => boolean;
}

const METHODS = "GET, HEAD, OPTIONS";
const POST_PATHS = new Set(["/present/pptx"]);
/** The desk's API: the only place that takes writes (each route checks the session, Origin and CSRF token itself). */
const DESK_API = "/api/desk/";
const DESK_METHODS = new Set(["POST", "PUT", "DELETE"]);
/** Requests Next answers differently from a plain page load (client navigation, prefetch, actions): never from the cache. */
const NEXT_VARIANT_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action", "next-url"];
/** Request headers only this server may set; whatever a client sent under these names is dropped. */
const SERVER_ONLY_HEADERS = ["content-security-policy", "content-security-policy-report-only", "x-snapshots-client", "x-middleware-subrequest"];
/**
 * Response headers the cache does not replay: this server sets them per response, or they describe one connection.
 * Cache-Control is replayed: finishHead overrides it where this server has a policy (pages, /api/, errors) and keeps
 * Next's own (an icon's, a file's) where it has none, as on the first answer.
 */
const NOT_REPLAYED = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "etag", "vary"]);
/** Set per response by finishHead: a cached copy of them would be stale. */
const SECURITY_HEADER_NAMES = new Set([...Object.keys(securityHeaders({ pathname: "/", contentType: "text/html", nonce: "x" })), "X-Frame-Options"].map((name) => name.toLowerCase()));
/** What the cache's answers vary by: the encoding, and the headers that make Next answer differently (never cached). */
const VARY = `${NEXT_VARIANT_HEADERS.slice(0, 4).join(", ")}, Accept-Encoding`;
/** A follower waits this long for the render it is waiting on, then asks Next itself. */
const FOLLOWER_WAIT_MS = 15_000;

/** What a cached answer is served from: its body with the nonce cut out, and its ETag. */
interface Prepared {
  template: NonceTemplate;
  etag: string;
}

interface Entry {
  status: number;
  headers: [string, string | number | string[]][];
  /** The body as first sent. */
  body: Buffer;
  /**
   * Made the first time the entry is served (`prepare`), not when it is stored: most pages a miss renders
   * (a view nobody asks for again) are never served from the cache, and cutting the nonce out and hashing
   * the body cost each of them CPU for nothing.
   */
  prepared: Prepared | null;
  html: boolean;
  /** The nonce of the response the entry was copied from; headers (Link preloads) carry it too. */
  nonce: string;
  /** All it holds: the body, its compressed copy once made, headers and key. */
  bytes: number;
  /** The compressed copy, made in the background once the entry is asked for again (a page asked for once is never compressed). */
  gzip: GzipTemplate | null | "pending";
  text: boolean;
}

/** The not-found page as Next drew it once for an origin, its address cut out (lib/http/not-found-page.ts). */
interface NotFoundPage {
  headers: Entry["headers"];
  template: NotFoundTemplate;
  nonce: string;
}

interface Context {
  pathname: string;
  nonce: string;
  notes: ResponseNotes;
}

function isText(contentType: string | undefined): boolean {
  return /^(text\/|application\/(json|javascript|xml)|image\/svg\+xml)/i.test(contentType ?? "");
}

function contentTypeOf(source: OutgoingHttpHeaders | ServerResponse): string | undefined {
  const value = typeof source.getHeader === "function" ? (source as ServerResponse).getHeader("content-type") : (source as OutgoingHttpHeaders)["content-type"];
  return value === undefined ? undefined : String(value);
}

function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = etag.replace(/^W\//, "");
  return header.split(",").some((tag) => tag.trim() === "*" || tag.trim().replace(/^W\//, "") === bare);
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export function createHandler(options: HandlerOptions) {
  const cache = createResponseCache<Entry>({ maxBytes: options.cacheMaxBytes, maxEntryBytes: options.cacheMaxEntryBytes, maxGroups: options.cacheMaxOrigins });
  const inflight = new Map<string, Promise<void>>();
  let cachedVersion: string | null = null;
  const bodies: BodyBudget = { held: 0, max: options.bodyBudgetBytes };
  const pageRenders = createRateLimiter(options.pageRenders);
  const staticFiles = options.staticDir && !options.dev ? createStaticFiles({ dir: options.staticDir, maxBytes: options.staticMaxBytes ?? 64 * 1024 * 1024 }) : null;
  const pageErrors = createRateLimiter(options.pageErrors);
  /** By origin; emptied with the cache when the data set changes. */
  const notFoundPages = new Map<string, NotFoundPage>();

  /** The server's own last word on every response: status from the page's notes, security headers, caching. */
  function finishHead(res: ServerResponse, ctx: Context) {
    if (res.statusCode === 200 && ctx.notes.status) {
      res.statusCode = ctx.notes.status;
      if (ctx.notes.retryAfter) res.setHeader("Retry-After", String(ctx.notes.retryAfter));
    }
    const contentType = contentTypeOf(res);
    for (const [name, value] of Object.entries(securityHeaders({ pathname: ctx.pathname, contentType, nonce: ctx.nonce, dev: options.dev })))
      res.setHeader(name, value);
    const policy = cacheControl(ctx.pathname, res.statusCode, contentType);
    if (policy) res.setHeader("Cache-Control", policy);
    if (options.stopping()) res.setHeader("Connection", "close");
  }

  /** The server's own answer (a refusal, a redirect): plain text, or `{ "error": … }` under /api/, whose callers parse JSON. */
  function sendMessage(res: ServerResponse, ctx: Context, status: number, message: string, extra: Record<string, string> = {}) {
    res.statusCode = status;
    // A body not read to its end is not read at all: the connection closes after the answer (once the client could read it).
    if (hasBody(res.req) && !res.req.complete) {
      res.setHeader("Connection", "close");
      lingerAfterAnswer(res);
    }
    const api = ctx.pathname.startsWith("/api/");
    res.setHeader("Content-Type", api ? "application/json; charset=utf-8" : "text/plain; charset=utf-8");
    for (const [name, value] of Object.entries(extra)) res.setHeader(name, value);
    finishHead(res, ctx);
    res.end(api ? `${JSON.stringify({ error: message })}\n` : `${message}\n`);
  }

  /** The headers of a captured answer that a copy of it sends again. */
  function replayable(captured: Captured): Entry["headers"] {
    return Object.entries(captured.headers).filter(([name, value]) => !NOT_REPLAYED.has(name) && !SECURITY_HEADER_NAMES.has(name) && value !== undefined) as Entry["headers"];
  }

  function toEntry(captured: Captured, nonce: string, key: string): Entry {
    const contentType = contentTypeOf(captured.headers);
    const headers = replayable(captured);
    const headerBytes = headers.reduce((sum, [name, value]) => sum + name.length + String(value).length, 0);
    // The body (the template's parts, once made, are views of it), headers, the key (in two maps) and the objects around them.
    const bytes = captured.body.length + headerBytes + key.length * 2 + 1024;
    return { status: captured.status, headers, body: captured.body, prepared: null, html: isHtml(contentType), nonce, bytes, gzip: null, text: isText(contentType) };
  }

  function prepare(entry: Entry): Prepared {
    if (entry.prepared) return entry.prepared;
    const template = entry.html ? toNonceTemplate(entry.body, entry.nonce) : { parts: [entry.body], bytes: entry.body.length };
    const hash = createHash("sha256").update(String(entry.status));
    for (const part of template.parts) hash.update(part).update("\0nonce\0");
    // Weak: the bytes differ from response to response by their nonce, the content does not.
    entry.prepared = { template, etag: `W/"${hash.digest("base64url").slice(0, 27)}"` };
    return entry.prepared;
  }

  /** Text asked for a second time is worth compressing: once, in the background; its weight then includes the copy. */
  function compressLater(key: string, entry: Entry) {
    if (!entry.text || entry.gzip !== null) return;
    entry.gzip = "pending";
    void toGzipTemplate(prepare(entry).template).then(
      (gzip) => {
        entry.gzip = gzip;
        entry.bytes += gzip.bytes;
        cache.reweigh(key, entry);
      },
      () => (entry.gzip = null),
    );
  }

  function serveEntry(req: IncomingMessage, res: ServerResponse, key: string, entry: Entry, ctx: Context) {
    const { template, etag } = prepare(entry);
    res.statusCode = entry.status;
    for (const [name, value] of entry.headers) res.setHeader(name, typeof value === "string" ? value.replaceAll(entry.nonce, ctx.nonce) : value);
    res.setHeader("ETag", etag);
    res.setHeader("Vary", VARY);
    finishHead(res, ctx);
    if (entry.status === 200 && etagMatches(req.headers["if-none-match"], etag)) {
      res.statusCode = 304;
      // The browser keeps the page it has, with the policy (and nonce) that came with it.
      res.removeHeader("Content-Security-Policy");
      res.removeHeader("Content-Type");
      return void res.end();
    }
    const accepted = pickEncoding(req.headers["accept-encoding"]) === "gzip";
    if (accepted) compressLater(key, entry);
    const gzip = accepted && typeof entry.gzip === "object" ? entry.gzip : null;
    const body = gzip
      ? fillGzipTemplate(gzip, template, ctx.nonce)
      : entry.html
        ? fillNonceTemplate(template, ctx.nonce)
        : template.parts[0]!;
    if (gzip) res.setHeader("Content-Encoding", "gzip");
    res.setHeader("Content-Length", String(body.length));
    res.end(req.method === "HEAD" ? undefined : body);
  }

  /** A build file from memory: immutable (its name changes with its content), gzipped when the client takes it. */
  function serveStatic(req: IncomingMessage, res: ServerResponse, file: StaticFile, ctx: Context) {
    res.statusCode = 200;
    res.setHeader("Content-Type", file.type);
    res.setHeader("Cache-Control", "public, max-age=31536000, immutable");
    res.setHeader("ETag", file.etag);
    res.setHeader("Vary", "Accept-Encoding");
    finishHead(res, ctx);
    if (etagMatches(req.headers["if-none-match"], file.etag)) {
      res.statusCode = 304;
      res.removeHeader("Content-Type");
      return void res.end();
    }
    const body = file.gzip && pickEncoding(req.headers["accept-encoding"]) === "gzip" ? file.gzip : file.body;
    if (body === file.gzip) res.setHeader("Content-Encoding", "gzip");
    res.setHeader("Content-Length", String(body.length));
    res.end(req.method === "HEAD" ? undefined : body);
  }

  async function passToNext(req: IncomingMessage, res: ServerResponse, ctx: Context, captureUpTo: number): Promise<Captured | null> {
    // A page's finished HTML (a handout) is written into the body here, where the page left its marker.
    const done = hookResponse(res, { beforeHead: () => finishHead(res, ctx), captureUpTo, splice: ctx.notes.spliceOffered ? () => ctx.notes.splice : undefined });
    try {
      await runWithResponseNotes(ctx.notes, () => options.handle(req, res));
    } catch (error) {
      console.error(`[server] ${req.method} ${ctx.pathname} failed:`, error);
      if (!res.headersSent) sendMessage(res, ctx, 500, "Something went wrong on the server.");
      else res.destroy();
    }
    return done;
  }

  /** Next draws the page (admitted by admitPage); a page that did not come out as a client error gives its error token back. */
  async function drawPage(req: IncomingMessage, res: ServerResponse, ctx: Context, captureUpTo: number): Promise<Captured | null> {
    const captured = await passToNext(req, res, ctx, captureUpTo);
    if (!options.dev && isPageRender(ctx.pathname) && !(res.statusCode >= 400 && res.statusCode < 500)) pageErrors.refund(String(req.headers["x-snapshots-client"]));
    return captured;
  }

  /** A path no route answers: the not-found page from memory, with this request's address and nonce; drawn by Next the first time. */
  async function answerNotFound(req: IncomingMessage, res: ServerResponse, ctx: Context, version: string, origin: string): Promise<void> {
    const page = notFoundPages.get(origin);
    if (page) {
      const body = fillNonceTemplate(toNonceTemplate(fillNotFoundTemplate(page.template, ctx.pathname), page.nonce), ctx.nonce);
      res.statusCode = 404;
      for (const [name, value] of page.headers) res.setHeader(name, typeof value === "string" ? value.replaceAll(page.nonce, ctx.nonce) : value);
      finishHead(res, ctx);
      res.setHeader("Content-Length", String(body.length));
      return void res.end(req.method === "HEAD" ? undefined : body);
    }
    if (!admitPage(req, res, ctx)) return;
    plainBody(req, ctx);
    const captured = await drawPage(req, res, ctx, options.cacheMaxEntryBytes);
    if (!captured || captured.status !== 404 || captured.headers["set-cookie"] || captured.headers["content-encoding"] || getServedData().version !== version) return;
    const headers = replayable(captured);
    // The page is kept only if this path stands in it once, where the router reads it, and nowhere else (not in a header either).
    const template = toNotFoundTemplate(captured.body, ctx.pathname);
    if (!template || headers.some(([, value]) => String(value).includes(ctx.pathname))) return;
    if (notFoundPages.size < options.cacheMaxOrigins) notFoundPages.set(origin, { headers, template, nonce: ctx.nonce });
  }

  /**
   * Next writes this page's body uncompressed (the server compresses what it keeps, once), so the server may
   * splice finished HTML into it (lib/http/process-slots.ts spliceIntoResponse). Only for a plain page load:
   * a client navigation's RSC answer carries the HTML in its payload.
   */
  function plainBody(req: IncomingMessage, ctx: Context) {
    delete req.headers["accept-encoding"];
    if (!options.dev) ctx.notes.spliceOffered = true;
  }

  function isNextVariant(req: IncomingMessage, search: string): boolean {
    return NEXT_VARIANT_HEADERS.some((name) => req.headers[name] !== undefined) || /(^|&)_rsc=/.test(search);
  }

  /**
   * A page Next must draw for this request: admitted within its client's budgets, or answered 429 here (false).
   * Every page takes an error token too, given back once it has not come out as an error (drawPage): so a flood
   * of bad links cannot run past the error budget while their renders are still under way.
   */
  function admitPage(req: IncomingMessage, res: ServerResponse, ctx: Context): boolean {
    if (options.dev || !isPageRender(ctx.pathname)) return true;
    const client = String(req.headers["x-snapshots-client"]);
    const errors = pageErrors.take(client);
    const admission = errors.ok ? pageRenders.take(client) : errors;
    if (errors.ok && !admission.ok) pageErrors.refund(client);
    if (admission.ok) return true;
    const wait = String(admission.retryAfterSeconds);
    const why = errors.ok ? "Too many pages drawn for this address in a short time" : "Too many pages for this address could not be shown (bad links, unknown addresses)";
    sendMessage(res, ctx, 429, `${why}; try again in ${wait} s.`, { "Retry-After": wait });
    return false;
  }

  function cacheable(req: IncomingMessage, pathname: string, search: string): boolean {
    if (options.dev || (req.method !== "GET" && req.method !== "HEAD") || pathname.startsWith("/_next/") || pathname === "/api/health" || isDeskPath(pathname)) return false;
    return !isNextVariant(req, search);
  }

  return async function handleRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // The client going before its answer is sent cancels work done for it (render jobs read the signal).
    const gone = new AbortController();
    res.once("close", () => res.writableFinished || gone.abort());
    const ctx: Context = { pathname: "/", nonce: createNonce(), notes: { signal: gone.signal } };
    const method = req.method ?? "GET";
    const target = parseRequestTarget(req.url);
    if (target.ok) ctx.pathname = target.pathname;
    // Counted from its first byte (this runs before the first await), and held back from Next until all of it is in.
    const body = hasBody(req) ? holdBody(req, bodyLimit(target.ok ? target.pathname : ""), bodies) : null;
    // POST only where a form sends more than a link can hold (a long briefing going to PowerPoint), and the desk's writes.
    const posts = target.ok && POST_PATHS.has(target.pathname);
    const desk = target.ok && target.pathname.startsWith(DESK_API);
    const allowed = method === "GET" || method === "HEAD" || method === "OPTIONS" || (method === "POST" && posts) || (desk && DESK_METHODS.has(method));
    if (!allowed) return sendMessage(res, ctx, 405, `Method ${method.slice(0, 20)} is not allowed.`, { Allow: desk ? `${METHODS}, POST, PUT, DELETE` : posts ? `${METHODS}, POST` : METHODS });
    if (!target.ok) return sendMessage(res, ctx, target.status, target.message);
    // Parameters the route does not read (or values it would ignore) are redirected away: one URL, and one cache entry, per view.
    const canonical = (method === "GET" || method === "HEAD") && !isNextVariant(req, target.search) ? canonicalQuery(target.pathname, target.search) : null;
    if (canonical !== null) {
      res.setHeader("Location", `${target.pathname}${canonical ? `?${canonical}` : ""}`);
      return sendMessage(res, ctx, 308, "This address has parameters the page does not read; it is the same page without them.", { "Cache-Control": "no-cache" });
    }
    if (method === "OPTIONS") {
      res.setHeader("Allow", METHODS);
      res.setHeader("Cache-Control", "no-store");
      res.statusCode = 204;
      finishHead(res, ctx);
      return void res.end();
    }

    if (body) {
      const check = await body;
      // Status 0: the client went away (or was cut at the request timeout) before its body was in.
      if (!check.ok && check.status === 0) return;
      if (!check.ok) return sendMessage(res, ctx, check.status, check.message, check.status === 503 ? { "Retry-After": "5" } : {});
    }

    if (staticFiles && (method === "GET" || method === "HEAD") && target.pathname.startsWith(STATIC_PREFIX)) {
      const file = await staticFiles.get(target.pathname);
      if (file) return serveStatic(req, res, file, ctx);
    }

    for (const name of SERVER_ONLY_HEADERS) delete req.headers[name];
    const forwarded = req.headers["x-forwarded-for"];
    req.headers["x-snapshots-client"] = clientId(req.socket.remoteAddress, Array.isArray(forwarded) ? forwarded.join(",") : forwarded, options.trustedHops);
    // Next reads the nonce for its own scripts from the request's policy header.
    req.headers["content-security-policy"] = securityHeaders({ pathname: target.pathname, contentType: "text/html", nonce: ctx.nonce, dev: options.dev })["Content-Security-Policy"];

    const version = getServedData().version;
    // A new data set: nothing cached from the old one can be asked for again, so its memory goes now.
    if (version && version !== cachedVersion) {
      cache.clear();
      notFoundPages.clear();
      cachedVersion = version;
    }
    if (!version || !cacheable(req, target.pathname, target.search)) return void (admitPage(req, res, ctx) && (await drawPage(req, res, ctx, 0)));
    // The explorer draws its figure at the width the browser last reported (or guesses phone or desktop): part of the key.
    const width = target.pathname === "/" ? figureWidthOfRequest({ cookie: req.headers.cookie, userAgent: req.headers["user-agent"], mobile: header(req, "sec-ch-ua-mobile") }) : 0;
    // Pages write the public origin into their shared-link metadata (PUBLIC_ORIGIN, else the Host): part of the key too.
    const origin = publicOrigin({ host: header(req, "host"), forwardedProto: header(req, "x-forwarded-proto") });
    if (options.knownPath && !target.search && isPlainPath(target.pathname) && !options.knownPath(target.pathname)) return answerNotFound(req, res, ctx, version, origin);
    const key = `${version}\n${width}\n${origin}\n${target.pathname}?${target.search}`;
    let entry = cache.get(key);
    const pending = inflight.get(key);
    if (!entry && pending) {
      await Promise.race([pending, new Promise((resolve) => setTimeout(resolve, FOLLOWER_WAIT_MS).unref())]);
      entry = cache.get(key);
    }
    if (entry) return serveEntry(req, res, key, entry, ctx);
    if (!admitPage(req, res, ctx)) return;
    if (method !== "GET" || inflight.has(key)) {
      plainBody(req, ctx);
      return void (await drawPage(req, res, ctx, 0));
    }

    // The leader: Next renders (uncompressed, so the copy can be kept) while the response streams out.
    let release = () => {};
    inflight.set(key, new Promise<void>((resolve) => (release = resolve)));
    try {
      plainBody(req, ctx);
      const captured = await drawPage(req, res, ctx, options.cacheMaxEntryBytes);
      // Only a page's real answer is kept: errors and refusals (a bad link's 400, a limit page's 413) are made again
      // each time, so a stranger's junk costs them a render and the cache nothing.
      const keep = captured && captured.status === 200 && !captured.headers["set-cookie"] && !captured.headers["content-encoding"];
      if (keep && getServedData().version === version) cache.set(key, toEntry(captured, ctx.nonce, key), { ttlMs: ctx.notes.cacheTtlMs, group: origin });
    } finally {
      inflight.delete(key);
      release();
    }
  };
}
