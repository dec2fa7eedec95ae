import "server-only";
import { runRenderJob, type RenderJob, type RenderResult } from "../export/render-jobs";
import { getRenderer, requestSignal } from "../http/process-slots";

function envNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = Number(raw);
  return raw !== undefined && raw !== "" && Number.isFinite(value) && value > 0 ? value : fallback;
}

/** How long a job may run in the pool before its child is killed and the request gets 503. */
export const DEADLINES = {
  image: () => envNumber("IMAGE_DEADLINE_MS", 20_000),
  pptx: () => envNumber("PPTX_DEADLINE_MS", 90_000),
};

/**
 * Runs a render job in the server's pool of child processes (server/render-pool.ts), cancelled when
 * the request's client goes. Outside the server (`next start` alone, a test of a route) there is no
 * pool, and the job runs here.
 */
export function renderJob(job: RenderJob, deadlineMs: number): Promise<RenderResult> {
  const renderer = getRenderer();
  return renderer ? renderer(job, { deadlineMs, signal: requestSignal() }) : runRenderJob(job);
}

/** A failed job as the answer to its request: 503 + Retry-After when trying again may work, else 500. Never a crash. */
export function renderFailure(error: unknown, what: string): Response {
  const reason = (error as { reason?: string }).reason;
  const json = (status: number, message: string, headers: Record<string, string> = {}) =>
    Response.json({ error: message, errors: [] }, { status, headers: { "Cache-Control": "no-store", ...headers } });
  if (reason === "timeout") return json(503, `${what} took longer than the server allows and was stopped. Try again shortly.`, { "Retry-After": "5" });
  if (reason === "busy" || reason === "cancelled") return json(503, `Every renderer is busy; try again shortly.`, { "Retry-After": "2" });
  if (reason !== "crashed") console.error(`[render] ${what} failed:`, error);
  return json(500, `${what} could not be made${reason === "crashed" ? " (the renderer stopped; it has been replaced)" : ""}. Try again.`);
}
