import { z } from "zod";
import { isIanaZone } from "../time/zones";
import { ID_MESSAGE, ID_PATTERN } from "./id";
export { SOURCE_TYPE_LABELS } from "./labels";

// A required text left empty, or a number that must be whole, is named in words an editor reads
// ("title: must not be empty", "order: must be a whole number"), in data:check and at the desk's
// field alike, not as zod's "expected string to have >=1 characters" or "expected int, received number".
z.config({
  customError: (issue) => {
    if (issue.code === "too_small" && issue.origin === "string" && Number(issue.minimum) === 1) return "must not be empty";
    if (issue.code === "invalid_type" && issue.expected === "int" && typeof issue.input === "number" && Number.isFinite(issue.input)) return "must be a whole number";
    return undefined;
  },
});

/** Kebab-case identifier used for every record that others refer to (the rule: ./id.ts). */
export const idSchema = z.string().regex(ID_PATTERN, ID_MESSAGE);

/** hour and minute name instants (with an offset or the event's zone); day, month and year name calendar periods. */
export const precisionSchema = z.enum(["minute", "hour", "day", "month", "year"]);
export type Precision = z.infer<typeof precisionSchema>;

/**
 * "2015", "2015-07", "2015-07-14", "2025-06-22T02" or "2025-06-22T02:30", the timed forms optionally with an offset
 * ("2025-06-22T02:30+03:30", "…Z"): the written form carries the precision.
 */
export const partialDateSchema = z
  .string()
  .regex(
    /^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})?)?)?)?$/,
    "must be YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDTHH or YYYY-MM-DDTHH:mm (times optionally with Z or ±HH:MM)",
  );

/** An IANA time zone name such as "Asia/Tehran" or "UTC". */
export const zoneSchema = z.string().refine(isIanaZone, "must be an IANA time zone name such as Asia/Tehran or UTC");

/** A full calendar day, YYYY-MM-DD. */
export const isoDaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date YYYY-MM-DD");

export const httpUrlSchema = z
  .string()
  .refine((value) => /^https?:\/\/[^\s/]+\.[^\s]*$/i.test(value), "must be an http(s) URL");

/**
 * What kind of publisher a source is: an `official` document (government, IAEA, UN, EU), a `wire`
 * service (Reuters, AP, AFP), `press` (a newspaper or broadcaster under its own name), `analysis`
 * (think tanks, research, reference works) or `state-affiliated` media (IRNA, TASS, Press TV …).
 */
export const sourceTypeSchema = z.enum(["official", "wire", "press", "analysis", "state-affiliated"]);
export type SourceType = z.infer<typeof sourceTypeSchema>;

/** How a source's type reads beside it. */

export const sourceSchema = z.object({
  /** The publisher's own title. */
  title: z.string().trim().min(1, "must not be empty"),
  /** Who published it: the original publisher, never a republisher. */
  publisher: z.string().trim().min(1, "must not be empty"),
  url: httpUrlSchema,
  type: sourceTypeSchema.optional(),
});
export type Source = z.infer<typeof sourceSchema>;

/** Longest handling mark: a banner, on one line at the top and bottom of every slide and page. */
export const MARKING_MAX = 100;

/**
 * A handling mark ("OFFICIAL", "UNCLASSIFIED — open sources", "Internal — not for circulation"): free
 * text shown as text, one line, no control characters (no line breaks, no bidi overrides).
 */
export const markingSchema = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(MARKING_MAX, `must be at most ${MARKING_MAX} characters`)
  .refine((value) => !/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/.test(value), "must be one line of plain text (no control characters)");
