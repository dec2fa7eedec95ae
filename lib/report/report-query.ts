import { z } from "zod";
import { markingSchema } from "../schema";
import { describeIssues, strictViewParams } from "../view/view-params";

export const PAPERS = ["a4", "letter"] as const;
export type Paper = (typeof PAPERS)[number];
export const ORIENTATIONS = ["auto", "portrait", "landscape"] as const;
export type Orientation = (typeof ORIENTATIONS)[number];

/** Strict parameters of a PDF or export request (route and CLI): the view's own schema, plus paper and orientation; wrong input is an error, not a fallback. */
export const reportQuerySchema = strictViewParams({
  paper: z.enum(PAPERS, { error: `must be one of ${PAPERS.join(", ")}` }).default("a4"),
  orientation: z.enum(ORIENTATIONS, { error: `must be one of ${ORIENTATIONS.join(", ")}` }).default("auto"),
  /** A handling mark for this report in place of the data set's. */
  marking: markingSchema.optional(),
});
export type ReportQuery = z.infer<typeof reportQuerySchema>;

export type QueryResult = { ok: true; query: ReportQuery } | { ok: false; errors: string[] };

/** Validates raw key/value parameters; each error names its parameter: "to: must be after from". */
export function parseReportQuery(params: Record<string, string>): QueryResult {
  const result = reportQuerySchema.safeParse(params);
  if (result.success) return { ok: true, query: result.data };
  return { ok: false, errors: describeIssues(result.error) };
}

/** Checks ids against the data set; returns errors such as "lanes: unknown id 'navy'". */
export function checkReportIds(query: ReportQuery, known: { lanes: readonly string[]; experts: readonly string[]; hasEvent: (id: string) => boolean }): string[] {
  const unknown = (key: string, list: readonly string[] | undefined, ids: readonly string[]) =>
    (list ?? [])
      .filter((id) => !ids.includes(id))
      .map((id) => `${key}: unknown id '${id}' (known: ${ids.join(", ")})`);
  const errors = [...unknown("lanes", query.lanes, known.lanes), ...unknown("expert", query.expert, known.experts)];
  if (query.event && !known.hasEvent(query.event)) errors.push(`event: unknown id '${query.event}'`);
  return errors;
}

/** The /report URL parameters for a validated query: what the page reads with parseViewState. */
export function toReportSearch(query: ReportQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ["from", "to", "lanes", "expert", "event", "q", "actor", "tag", "after", "snapshot", "paper", "orientation", "marking"] as const) {
    const value = query[key];
    if (Array.isArray(value) ? value.length > 0 : value) params.set(key, Array.isArray(value) ? value.join(",") : String(value));
  }
  return params;
}
