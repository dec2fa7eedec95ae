import "server-only";
import { createRateLimiter } from "../http/rate-limit";

function envNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = Number(raw);
  return raw !== undefined && raw !== "" && Number.isFinite(value) && value > 0 ? value : fallback;
}

/** Per client: renders at once, and a bucket of renders refilled per minute (cached PDFs cost nothing and are not counted). */
const PER_CLIENT_AT_ONCE = envNumber("PDF_PER_CLIENT", 1);
const limiter = createRateLimiter({ burst: envNumber("PDF_BURST", 5), perMinute: envNumber("PDF_PER_MINUTE", 12) });
const active = new Map<string, number>();

export type Admission = { ok: true; release: (rendered: boolean) => void } | { ok: false; retryAfterSeconds: number; reason: string };

/** Whether `client` may start a PDF render now; release() when it is over (refunding the token when nothing was rendered). */
export function admitPdfRender(client: string): Admission {
  if ((active.get(client) ?? 0) >= PER_CLIENT_AT_ONCE)
    return { ok: false, retryAfterSeconds: 2, reason: `at most ${PER_CLIENT_AT_ONCE} PDF at a time per client` };
  const taken = limiter.take(client);
  if (!taken.ok) return { ok: false, retryAfterSeconds: taken.retryAfterSeconds, reason: "too many PDFs from this client in the last minute" };
  active.set(client, (active.get(client) ?? 0) + 1);
  let released = false;
  return {
    ok: true,
    release(rendered) {
      if (released) return;
      released = true;
      const left = (active.get(client) ?? 1) - 1;
      if (left > 0) active.set(client, left);
      else active.delete(client);
      if (!rendered) limiter.refund(client);
    },
  };
}

/**
 * Share images (/api/preview.png) are drawn on the request's thread (~0.1 s each): per client a bucket of
 * `PREVIEW_BURST` renders refilled at `PREVIEW_PER_MINUTE` (cached images are answered before the route and
 * cost nothing). Unfurlers fetch one image per shared link, so the default is far above what they need.
 */
const previewLimiter = createRateLimiter({ burst: envNumber("PREVIEW_BURST", 20), perMinute: envNumber("PREVIEW_PER_MINUTE", 60) });

export function admitPreviewRender(client: string): { ok: true } | { ok: false; retryAfterSeconds: number } {
  return previewLimiter.take(client);
}
