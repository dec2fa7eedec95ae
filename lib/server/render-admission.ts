import "server-only";
import { createRateLimiter, type RateLimiter } from "../http/rate-limit";
import { envPositive } from "../http/env-number";

/**
 * Who may start a render now: one module for every kind of render a request can set off (PDFs in
 * Chromium, slide images, .pptx files, share images and handouts in the render pool). Per client (the id the
 * server puts in `x-snapshots-client`, lib/http/client-id.ts, with the TRUST_PROXY_HOPS rule): renders
 * at once, and a bucket refilled per minute; then 429 + Retry-After. Across all clients: at most
 * RENDER_MAX_ACTIVE renders at once, then 503 + Retry-After. Answers served from the server's cache
 * never get here and cost nothing. The state lives on globalThis: every route is its own bundle, and
 * the limits are the process's, not a bundle's.
 */
export type RenderKind = "pdf" | "pptx" | "image" | "preview" | "handout";

interface KindLimits {
  atOnce: number;
  burst: number;
  perMinute: number;
  /** "PDF", "PowerPoint file"…: what the 429 message counts. */
  noun: string;
}

/** Defaults sized for a person clicking through the Save menus; a script asking for many gets 429s. Env names in docs/RELIABILITY.md. */
function limitsOf(kind: RenderKind): KindLimits {
  switch (kind) {
    case "pdf":
      return { atOnce: envPositive("PDF_PER_CLIENT", 1), burst: envPositive("PDF_BURST", 5), perMinute: envPositive("PDF_PER_MINUTE", 12), noun: "PDF" };
    case "pptx":
      return { atOnce: envPositive("PPTX_PER_CLIENT", 1), burst: envPositive("PPTX_BURST", 4), perMinute: envPositive("PPTX_PER_MINUTE", 6), noun: "PowerPoint file" };
    case "image":
      return { atOnce: envPositive("IMAGE_PER_CLIENT", 1), burst: envPositive("IMAGE_BURST", 20), perMinute: envPositive("IMAGE_PER_MINUTE", 60), noun: "slide image" };
    case "preview":
      return { atOnce: envPositive("PREVIEW_PER_CLIENT", 2), burst: envPositive("PREVIEW_BURST", 20), perMinute: envPositive("PREVIEW_PER_MINUTE", 60), noun: "preview image" };
    // Two at once: the PDF renderer's two Chromium pages load their handouts from this server, as one client.
    case "handout":
      return { atOnce: envPositive("HANDOUT_PER_CLIENT", 2), burst: envPositive("HANDOUT_BURST", 20), perMinute: envPositive("HANDOUT_PER_MINUTE", 60), noun: "handout" };
  }
}

interface State {
  limiters: Map<RenderKind, RateLimiter>;
  /** Renders running per kind and client ("pdf client"). */
  active: Map<string, number>;
  total: number;
}

const KEY = Symbol.for("snapshots.render-admission");
const registry = globalThis as unknown as Record<symbol, State | undefined>;
const state: State = (registry[KEY] ??= { limiters: new Map(), active: new Map(), total: 0 });

function limiterOf(kind: RenderKind, limits: KindLimits): RateLimiter {
  let limiter = state.limiters.get(kind);
  if (!limiter) state.limiters.set(kind, (limiter = createRateLimiter({ burst: limits.burst, perMinute: limits.perMinute })));
  return limiter;
}

export type Admission =
  | { ok: true; release: (rendered: boolean) => void }
  | { ok: false; status: 429 | 503; retryAfterSeconds: number; reason: string };

/** Whether `client` may start a render of `kind` now; release() when it is over (the token comes back when nothing was rendered). */
export function admitRender(kind: RenderKind, client: string): Admission {
  const limits = limitsOf(kind);
  const key = `${kind} ${client}`;
  if ((state.active.get(key) ?? 0) >= limits.atOnce)
    return { ok: false, status: 429, retryAfterSeconds: 2, reason: `at most ${limits.atOnce} ${limits.noun}${limits.atOnce === 1 ? "" : "s"} at a time per client` };
  const maxActive = envPositive("RENDER_MAX_ACTIVE", 8);
  if (state.total >= maxActive) return { ok: false, status: 503, retryAfterSeconds: 2, reason: `the server is already making ${maxActive} files and images` };
  const limiter = limiterOf(kind, limits);
  const taken = limiter.take(client);
  if (!taken.ok) return { ok: false, status: 429, retryAfterSeconds: taken.retryAfterSeconds, reason: `too many ${limits.noun}s from this client in the last minute` };
  state.active.set(key, (state.active.get(key) ?? 0) + 1);
  state.total += 1;
  let released = false;
  return {
    ok: true,
    release(rendered) {
      if (released) return;
      released = true;
      state.total -= 1;
      const left = (state.active.get(key) ?? 1) - 1;
      if (left > 0) state.active.set(key, left);
      else state.active.delete(key);
      if (!rendered) limiter.refund(client);
    },
  };
}

/** What a refusal says (a route's JSON, a page's text). */
export function refusalMessage(admission: Extract<Admission, { ok: false }>): string {
  return admission.status === 429 ? `Too many requests: ${admission.reason}. Try again in ${admission.retryAfterSeconds} s.` : `Busy: ${admission.reason}. Try again in ${admission.retryAfterSeconds} s.`;
}

/** The refusal as the JSON answer every render route gives, with Retry-After. */
export function refusal(admission: Extract<Admission, { ok: false }>): Response {
  return Response.json({ error: refusalMessage(admission), errors: [] }, { status: admission.status, headers: { "Cache-Control": "no-store", "Retry-After": String(admission.retryAfterSeconds) } });
}

/** The client id the server stamped on the request (a route's Request, or a page's `headers()`). */
export function clientOf(request: { headers: { get(name: string): string | null } }): string {
  return request.headers.get("x-snapshots-client") ?? "unknown";
}
