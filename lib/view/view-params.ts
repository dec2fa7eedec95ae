import { z } from "zod";
import { parseWindowEdges } from "./domain";
import { FILTER_FIELDS, idListField, instantField, VIEW_FIELDS, type Field } from "./view-fields";

export { firstValues, MAX_NAME, MAX_Q, snapshotParam, type ViewParams } from "./view-fields";

/**
 * The view's URL parameters as strict zod schemas, for the server: the PDF and export routes and the CLIs
 * read a whole view (a malformed or unknown field is an error that names it), the search and window APIs
 * take its filter fields. Each field is the rule in view-fields.ts, which pages and the browser read
 * leniently; nothing here is sent to the browser.
 */

/** A field of view-fields.ts as a zod schema: its message on failure, its value on success. */
export function fromField<T>(field: Field<T>) {
  return z.string().transform((raw, ctx): T => {
    const result = field.read(raw);
    if (result.ok) return result.value;
    ctx.issues.push({ code: "custom", message: result.message, input: raw });
    return z.NEVER;
  });
}

export const instantParam = fromField(instantField);
export const idListParam = fromField(idListField);

export const filterParamsShape = Object.fromEntries(Object.entries(FILTER_FIELDS).map(([key, field]) => [key, fromField(field as Field<unknown>).optional()])) as {
  [K in keyof typeof FILTER_FIELDS]: z.ZodOptional<ReturnType<typeof fromField<FieldValue<(typeof FILTER_FIELDS)[K]>>>>;
};

export const viewParamsShape = Object.fromEntries(Object.entries(VIEW_FIELDS).map(([key, field]) => [key, fromField(field as Field<unknown>).optional()])) as {
  [K in keyof typeof VIEW_FIELDS]: z.ZodOptional<ReturnType<typeof fromField<FieldValue<(typeof VIEW_FIELDS)[K]>>>>;
};

type FieldValue<F> = F extends Field<infer T> ? T : never;
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

/** Issues as "field: message" lines; unknown keys as one line. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) =>
    issue.code === "unrecognized_keys" ? `unknown parameter(s): ${issue.keys.join(", ")}` : `${issue.path.join(".") || "query"}: ${issue.message}`,
  );
}
