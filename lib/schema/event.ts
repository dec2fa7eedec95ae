import { z } from "zod";
import { idSchema, partialDateSchema, precisionSchema, sourceSchema } from "./primitives";

export const relatedSchema = z.object({
  id: idSchema,
  /** Read from this event's point of view: "led to", "response to", … */
  label: z.string().trim().min(1),
});
export type Related = z.infer<typeof relatedSchema>;

export const eventSchema = z.object({
  id: idSchema,
  title: z.string().trim().min(1),
  summary: z.string().trim().min(1),
  /** YYYY-MM-DD, YYYY-MM or YYYY, matching `precision`. */
  date: partialDateSchema,
  precision: precisionSchema,
  /** Last day/month/year of a range, same precision as `date`. */
  end: partialDateSchema.optional(),
  /** Time zone, announced vs. in force, disputed dates. */
  dateNote: z.string().trim().min(1).optional(),
  lane: idSchema,
  actors: z.array(z.string().trim().min(1)).default([]),
  tags: z.array(z.string().trim().min(1)).default([]),
  sources: z.array(sourceSchema).min(1, "needs at least one source"),
  related: z.array(relatedSchema).default([]),
  /** 3 = a headline event, 2 = notable, 1 = background. Marks and labels follow it first, free space second. */
  importance: z.number().int().min(1).max(3).default(1),
  /** Why the claim is not confirmed by independent sources, when it is not. */
  unverified: z.string().trim().min(1).optional(),
});
export type TimelineEvent = z.infer<typeof eventSchema>;
