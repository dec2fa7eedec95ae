import { z } from "zod";
import { idSchema } from "../schema/primitives";
import { parseIsoInstant } from "../time/partial-date";
import { parseWindowEdges } from "./domain";

/**
 * The one schema of the view's URL parameters. Pages read it leniently (a malformed field falls back to
 * its default); the PDF route, the export route and the CLIs read it strictly (a malformed field is an
 * error that names it). The search and window APIs take the filter fields from here too.
 */

export const MAX_Q = 200;
export const MAX_NAME = 120;
/** More ids than any data set has lanes or experts: a longer list is an attack, not a view. */
const MAX_IDS = 64;

/** A window edge: "2025-06-21" or "2025-06-21T18:30Z". */
export const instantParam = z.string().refine((value) => parseIsoInstant(value) !== null, "must be a real date YYYY-MM-DD (or YYYY-MM-DDTHH:MMZ)");

/** "a,b,a" → ["a", "b"]: ids, de-duplicated, in the order given. */
export const idListParam = z
  .string()
  .max(4000)
  .transform((value) => [...new Set(value.split(",").map((id) => id.trim()).filter(Boolean))])
  .refine((ids) => ids.every((id) => idSchema.safeParse(id).success), "must be comma-separated ids")
  .refine((ids) => ids.length <= MAX_IDS, `must name at most ${MAX_IDS} ids`);

const nameParam = z.string().trim().min(1).max(MAX_NAME, `must be at most ${MAX_NAME} characters`);

/** What narrows the events besides the window: shared by the explorer, search, window, report and export. */
export const filterParamsShape = {
  lanes: idListParam.optional(),
  expert: idListParam.optional(),
  actor: nameParam.optional(),
  tag: nameParam.optional(),
  after: z.enum(["hide"], { error: "must be hide" }).optional(),
};

export const viewParamsShape = {
  from: instantParam.optional(),
  to: instantParam.optional(),
  ...filterParamsShape,
  event: idSchema.optional(),
  q: z.string().max(MAX_Q, `must be at most ${MAX_Q} characters`).optional(),
  note: idSchema.optional(),
  view: z.enum(["chart", "list"], { error: "must be chart or list" }).optional(),
  /** An earlier commentary snapshot to show instead of the latest (lib/data/snapshots.ts). */
  snapshot: idSchema.optional(),
};

type Shape = typeof viewParamsShape;
type Edges = { from?: string; to?: string };

/** Strict: every malformed or unknown parameter is an error ("to: must be after from"). */
export function strictViewParams<E extends z.ZodRawShape>(extra: E) {
  return z
    .object({ ...viewParamsShape, ...extra })
    .strict()
    .refine((query) => ((query as Edges).from === undefined) === ((query as Edges).to === undefined), { message: "give both from and to, or neither", path: ["to"] })
    .refine(
      (query) => {
        const { from, to } = query as Edges;
        return !from || !to || parseWindowEdges(from, to) !== null;
      },
      { message: "must be after from", path: ["to"] },
    );
}

/** Lenient: a malformed field is dropped, the rest kept. Unknown keys are ignored. */
export const lenientViewParams = z.object(
  Object.fromEntries(Object.entries(viewParamsShape).map(([key, schema]) => [key, (schema as z.ZodType).catch(undefined)])) as { [K in keyof Shape]: z.ZodCatch<Shape[K]> },
);
export type ViewParams = z.infer<typeof lenientViewParams>;

type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

/** The first value of each key, as plain strings: what the schemas take. */
export function firstValues(params: RawParams): Record<string, string> {
  const out: Record<string, string> = {};
  if (params instanceof URLSearchParams) {
    for (const [key, value] of params) if (!(key in out)) out[key] = value;
    return out;
  }
  for (const [key, value] of Object.entries(params)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) out[key] = first;
  }
  return out;
}

/** The commentary snapshot a URL names (?snapshot=), for picking the set's view before the rest is read. */
export function snapshotParam(params: RawParams): string | null {
  const value = firstValues(params).snapshot;
  return value && idSchema.safeParse(value).success ? value : null;
}

/** Issues as "field: message" lines; unknown keys as one line. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) =>
    issue.code === "unrecognized_keys" ? `unknown parameter(s): ${issue.keys.join(", ")}` : `${issue.path.join(".") || "query"}: ${issue.message}`,
  );
}
