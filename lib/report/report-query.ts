import { z } from "zod";
import { idListSchema } from "../http/id-list";
import { idSchema } from "../schema/primitives";
import { parseIsoDay } from "../time/partial-date";

export const PAPERS = ["a4", "letter"] as const;
export type Paper = (typeof PAPERS)[number];
export const ORIENTATIONS = ["auto", "portrait", "landscape"] as const;
export type Orientation = (typeof ORIENTATIONS)[number];

const day = z.string().refine((value) => parseIsoDay(value) !== null, "must be a real date YYYY-MM-DD");
/** Kept as one canonical string ("a,b", repeats dropped): the PDF's cache key and the /report URL use it as is. */
const idList = idListSchema.transform((ids) => ids.join(","));

/** Strict parameters of a PDF request (route and CLI): wrong input is an error here, not a fallback. */
export const reportQuerySchema = z
  .object({
    from: day.optional(),
    to: day.optional(),
    lanes: idList.optional(),
    expert: idList.optional(),
    event: idSchema.optional(),
    q: z.string().max(200, "must be at most 200 characters").optional(),
    actor: z.string().trim().min(1).max(120, "must be at most 120 characters").optional(),
    tag: z.string().trim().min(1).max(120, "must be at most 120 characters").optional(),
    after: z.enum(["hide"], { error: "must be hide" }).optional(),
    // The explorer's selected note and chart/list mode travel with its links; the report has no use for them.
    note: idSchema.optional(),
    view: z.enum(["chart", "list"], { error: "must be chart or list" }).optional(),
    paper: z.enum(PAPERS, { error: `must be one of ${PAPERS.join(", ")}` }).default("a4"),
    orientation: z.enum(ORIENTATIONS, { error: `must be one of ${ORIENTATIONS.join(", ")}` }).default("auto"),
  })
  .strict()
  .refine((query) => (query.from === undefined) === (query.to === undefined), {
    message: "give both from and to, or neither",
    path: ["to"],
  })
  .refine((query) => !query.from || !query.to || parseIsoDay(query.to)! > parseIsoDay(query.from)!, {
    message: "must be after from",
    path: ["to"],
  });
export type ReportQuery = z.infer<typeof reportQuerySchema>;

export type QueryResult = { ok: true; query: ReportQuery } | { ok: false; errors: string[] };

/** Validates raw key/value parameters; each error names its parameter: "to: must be after from". */
export function parseReportQuery(params: Record<string, string>): QueryResult {
  const result = reportQuerySchema.safeParse(params);
  if (result.success) return { ok: true, query: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) =>
      issue.code === "unrecognized_keys" ? `unknown parameter(s): ${issue.keys.join(", ")}` : `${issue.path.join(".") || "query"}: ${issue.message}`,
    ),
  };
}

/** Checks ids against the data set; returns errors such as "lanes: unknown id 'navy'". */
export function checkReportIds(query: ReportQuery, known: { lanes: readonly string[]; experts: readonly string[]; hasEvent: (id: string) => boolean }): string[] {
  const unknown = (key: string, list: string | undefined, ids: readonly string[]) =>
    (list ?? "")
      .split(",")
      .map((id) => id.trim())
      .filter((id) => id && !ids.includes(id))
      .map((id) => `${key}: unknown id '${id}' (known: ${ids.join(", ")})`);
  const errors = [...unknown("lanes", query.lanes, known.lanes), ...unknown("expert", query.expert, known.experts)];
  if (query.event && !known.hasEvent(query.event)) errors.push(`event: unknown id '${query.event}'`);
  return errors;
}

/** The /report URL parameters for a validated query: what the page reads with parseViewState. */
export function toReportSearch(query: ReportQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ["from", "to", "lanes", "expert", "event", "q", "actor", "tag", "after", "paper", "orientation"] as const) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  return params;
}
