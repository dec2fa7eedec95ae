import { z } from "zod";
import { idListSchema } from "../http/id-list";
import { isoDaySchema } from "../schema";
import { parseIsoDay } from "../time/partial-date";
import type { WindowQuery } from "./window-index";

/** Screen widths are rounded up to this step so nearby sizes share a cache entry. */
export const PX_STEP = 200;
const MAX_PX = 8000;

/** Rounds a pixel width up to its resolution bucket, as the API and the query key use it. */
export function bucketPx(px: number): number {
  const clamped = Math.min(MAX_PX, Math.max(PX_STEP, Number.isFinite(px) ? px : 1200));
  return Math.ceil(clamped / PX_STEP) * PX_STEP;
}

const daySchema = isoDaySchema.refine((value) => parseIsoDay(value) !== null, "must be a real calendar date");

/** Query parameters of GET /api/window: ?from=YYYY-MM-DD&to=YYYY-MM-DD&lanes=a,b&px=1200 */
export const windowParamsSchema = z
  .object({
    from: daySchema,
    to: daySchema,
    lanes: idListSchema.optional().transform((ids) => ids ?? []),
    px: z.coerce.number().int().min(1).max(MAX_PX).default(1200),
  })
  .refine((params) => params.to > params.from, { message: "must be after from", path: ["to"] });

export type WindowParseResult = { ok: true; query: WindowQuery } | { ok: false; message: string };

/** Reads and checks window parameters; unknown lanes are an error so a typo is not a silently empty answer. */
export function parseWindowParams(params: URLSearchParams, laneIds: readonly string[]): WindowParseResult {
  const raw = Object.fromEntries([...params].filter(([key]) => ["from", "to", "lanes", "px"].includes(key)));
  const parsed = windowParamsSchema.safeParse(raw);
  if (!parsed.success)
    return { ok: false, message: parsed.error.issues.map((issue) => `${issue.path.join(".") || "(query)"}: ${issue.message}`).join("; ") };
  const unknown = parsed.data.lanes.filter((id) => !laneIds.includes(id));
  if (unknown.length > 0) return { ok: false, message: `lanes: unknown lane ${unknown.map((id) => `"${id}"`).join(", ")}` };
  const { from, to, lanes, px } = parsed.data;
  return { ok: true, query: { from: parseIsoDay(from)!, to: parseIsoDay(to)!, lanes, px: bucketPx(px) } };
}
