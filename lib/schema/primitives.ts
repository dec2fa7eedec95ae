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

export const sourceSchema = z.object({
  title: z.string().trim().min(1, "must not be empty"),
  publisher: z.string().trim().min(1, "must not be empty"),
  url: httpUrlSchema,
});
export type Source = z.infer<typeof sourceSchema>;
