import { z } from "zod";

/** Kebab-case identifier used for every record that others refer to. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case (a-z, 0-9 and single hyphens)");

export const precisionSchema = z.enum(["day", "month", "year"]);
export type Precision = z.infer<typeof precisionSchema>;

/** "2015", "2015-07" or "2015-07-14": the written form carries the precision. */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD");

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
export const SOURCE_TYPE_LABELS: Record<SourceType, string> = {
  official: "official document",
  wire: "wire service",
  press: "press",
  analysis: "analysis",
  "state-affiliated": "state-affiliated media",
};

export const sourceSchema = z.object({
  /** The publisher's own title. */
  title: z.string().trim().min(1, "must not be empty"),
  /** Who published it: the original publisher, never a republisher. */
  publisher: z.string().trim().min(1, "must not be empty"),
  url: httpUrlSchema,
  type: sourceTypeSchema.optional(),
});
export type Source = z.infer<typeof sourceSchema>;
