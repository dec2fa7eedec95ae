import "server-only";
import type { z } from "zod";
import { describeInput } from "../../desk/api";
import { StoreError } from "../../store/db";
import { deskError, guard, type Guarded } from "./guard";
import type { Role } from "../../store/accounts";

/** Runs a desk route: the guard, then `handle`; a StoreError becomes its status and message, anything else a 500 that says nothing more. */
export async function deskRoute(request: Request, options: { role: Role; write: boolean }, handle: (ok: Extract<Guarded, { ok: true }>) => Promise<Response>): Promise<Response> {
  try {
    const guarded = await guard(request, options);
    if (!guarded.ok) return guarded.response;
    return await handle(guarded);
  } catch (error) {
    if (error instanceof StoreError) return deskError(error.status, error.message, error.detail && typeof error.detail === "object" ? (error.detail as Record<string, unknown>) : {});
    console.error(`[desk] ${request.method} ${new URL(request.url).pathname} failed:`, error);
    return deskError(500, "The desk could not do that: the server logged why. Nothing was changed.");
  }
}

/**
 * The request's JSON body parsed by `schema`, or the response that says what is wrong with it. Its size
 * is bounded before the route sees it: the server refuses a body over the desk's limit as it streams in
 * (DESK_BODY_BYTES in lib/http/body-limits.ts).
 */
export async function bodyOf<T extends z.ZodType>(request: Request, schema: T): Promise<{ ok: true; value: z.infer<T> } | { ok: false; response: Response }> {
  if (!/^application\/json\b/i.test(request.headers.get("content-type") ?? "")) return { ok: false, response: deskError(415, "Send the change as JSON (Content-Type: application/json).") };
  let value: unknown;
  try {
    value = JSON.parse(await request.text());
  } catch {
    return { ok: false, response: deskError(400, "The change is not valid JSON.") };
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) return { ok: false, response: deskError(400, `Invalid request: ${describeInput(parsed.error)}`) };
  return { ok: true, value: parsed.data };
}

export function json(value: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(value, { status, headers: { "Cache-Control": "no-store", ...headers } });
}
