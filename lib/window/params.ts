import { z } from "zod";
import { parseWindowEdges } from "../view/domain";
import { textField } from "../view/view-fields";
import { describeIssues, filterParamsShape, fromField, instantParam } from "../view/view-params";
import type { EventFilter } from "../view/filter-events";
import type { WindowQuery } from "./window-index";

import { bucketPx, MAX_PX } from "./px";

export { bucketPx, MAX_PX, PX_STEP } from "./px";

/** Query parameters of GET /api/window: the window, its width on screen, and the explorer's filters. */
export const windowParamsSchema = z
  .object({
    from: instantParam,
    to: instantParam,
    px: z.coerce.number().int().min(1).max(MAX_PX).default(1200),
    ...filterParamsShape,
    q: fromField(textField).optional(),
  })
  .refine((params) => parseWindowEdges(params.from, params.to) !== null, { message: "must be after from", path: ["to"] });

/** The parameters the window APIs read; anything else is ignored. */
export const WINDOW_KEYS = ["from", "to", "px", "lanes", "expert", "actor", "tag", "after", "q"];

export type WindowParseResult = { ok: true; query: WindowQuery; filter: EventFilter } | { ok: false; message: string };

/** Reads and checks window parameters; unknown lanes and experts are an error so a typo is not a silently empty answer. */
export function parseWindowParams(params: URLSearchParams, known: { laneIds: readonly string[]; expertIds: readonly string[] }): WindowParseResult {
  const raw = Object.fromEntries([...params].filter(([key]) => WINDOW_KEYS.includes(key)));
  const parsed = windowParamsSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, message: describeIssues(parsed.error).join("; ") };
  const { from, to, px, lanes = [], expert = [], actor, tag, after, q } = parsed.data;
  const [start, end] = parseWindowEdges(from, to)!;
  const unknown = [...lanes.filter((id) => !known.laneIds.includes(id)).map((id) => `lanes: unknown lane "${id}"`), ...expert.filter((id) => !known.expertIds.includes(id)).map((id) => `expert: unknown expert "${id}"`)];
  if (unknown.length > 0) return { ok: false, message: unknown.join("; ") };
  return {
    ok: true,
    query: { from: start, to: end, lanes, px: bucketPx(px) },
    filter: { lanes: lanes.length > 0 ? lanes : known.laneIds, experts: expert, actor: actor ?? null, tag: tag ?? null, hideAfter: after === "hide", q: q?.trim() ?? "" },
  };
}
