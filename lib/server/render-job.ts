import "server-only";
import { runRenderJob, type RenderJob, type RenderResult } from "../export/render-jobs";
import { getRenderer, requestSignal } from "../http/process-slots";
import { admitRender, clientOf, refusal, type RenderKind } from "./render-admission";
import { envPositive } from "../http/env-number";

/** How long a job may run in the pool before its child is killed and the request gets 503. */
export const DEADLINES = {
  image: () => envPositive("IMAGE_DEADLINE_MS", 20_000),
  pptx: () => envPositive("PPTX_DEADLINE_MS", 90_000),
  handout: () => envPositive("HANDOUT_DEADLINE_MS", 20_000),
};

/** Whether render jobs go to the server's pool (false under `next start` alone or a route's test: they run in the request). */
export function hasRenderPool(): boolean {
  return getRenderer() !== null;
}

/**
 * Runs a render job in the server's pool of child processes (server/render-pool.ts), cancelled when
 * the request's client goes. Outside the server (`next start` alone, a test of a route) there is no
 * pool, and the job runs here.
 */
export function renderJob(job: RenderJob, deadlineMs: number): Promise<RenderResult> {
  const renderer = getRenderer();
  return renderer ? renderer(job, { deadlineMs, signal: requestSignal() }) : runRenderJob(job);
}

export interface RenderFailure {
  status: 500 | 503;
  message: string;
  /** Seconds, with a 503. */
  retryAfter?: number;
}

/** What a failed job means for its request: 503 + Retry-After when trying again may work, else 500. Never a crash. */
export function failureOf(error: unknown, what: string): RenderFailure {
  const reason = (error as { reason?: string }).reason;
  if (reason === "timeout") return { status: 503, message: `${what} took longer than the server allows and was stopped. Try again shortly.`, retryAfter: 5 };
  if (reason === "busy" || reason === "cancelled") return { status: 503, message: "Every renderer is busy; try again shortly.", retryAfter: 2 };
  if (reason !== "crashed") console.error(`[render] ${what} failed:`, error);
  return { status: 500, message: `${what} could not be made${reason === "crashed" ? " (the renderer stopped; it has been replaced)" : ""}. Try again.` };
}

/** A failed job as a route's JSON answer. */
export function renderFailure(error: unknown, what: string): Response {
  const { status, message, retryAfter } = failureOf(error, what);
  const headers: Record<string, string> = { "Cache-Control": "no-store", ...(retryAfter ? { "Retry-After": String(retryAfter) } : {}) };
  return Response.json({ error: message, errors: [] }, { status, headers });
}

/**
 * A render route's answer, admitted first (lib/server/render-admission.ts: 429/503 + Retry-After when not).
 * The client's token is spent by what was drawn — an answer that is not an error, or a render that failed
 * while drawing — and given back when nothing was: an answer refused before drawing (413), or a pool too
 * busy to start it. The one place this rule is written for every route.
 */
export async function respondAdmitted(kind: RenderKind, request: Request, what: string, render: () => Promise<Response>): Promise<Response> {
  const admission = admitRender(kind, clientOf(request));
  if (!admission.ok) return refusal(admission);
  let rendered = false;
  try {
    const response = await render();
    rendered = response.ok;
    return response;
  } catch (error) {
    rendered = (error as { reason?: string }).reason !== "busy";
    return renderFailure(error, what);
  } finally {
    admission.release(rendered);
  }
}
