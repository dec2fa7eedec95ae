import { z } from "zod";
import { idSchema, partialDateSchema, precisionSchema, sourceSchema, zoneSchema } from "./primitives";

export const relatedSchema = z.object({
  id: idSchema,
  /** Read from this event's point of view: "led to", "response to", … */
  label: z.string().trim().min(1),
});
export type Related = z.infer<typeof relatedSchema>;

/** 3 = a headline event, 2 = notable, 1 = background. What gets a label and a bigger mark follows it. */
export const importanceSchema = z.number().int("must be a whole number").min(1, "must be 1, 2 or 3").max(3, "must be 1, 2 or 3");
export type Importance = z.infer<typeof importanceSchema>;

export const eventSchema = z.object({
  id: idSchema,
  title: z.string().trim().min(1),
  /** The figure's label, when the title is long: the editor's short name for the event (lists and tooltips keep the title). */
  shortTitle: z.string().trim().min(1).max(40, "must be at most 40 characters").optional(),
  summary: z.string().trim().min(1),
  /** YYYY-MM-DD, YYYY-MM or YYYY, or a time YYYY-MM-DDTHH[:mm][±HH:MM], matching `precision`. */
  date: partialDateSchema,
  precision: precisionSchema,
  /** Last minute/hour/day/month/year of a range, same precision as `date`. */
  end: partialDateSchema.optional(),
  /** IANA zone of a timed date written without an offset, and the clock it is shown on. */
  zone: zoneSchema.optional(),
  /** Time zone, announced vs. in force, disputed dates. */
  dateNote: z.string().trim().min(1).optional(),
  lane: idSchema,
  actors: z.array(z.string().trim().min(1)).default([]),
  tags: z.array(z.string().trim().min(1)).default([]),
  sources: z.array(sourceSchema).min(1, "needs at least one source"),
  related: z.array(relatedSchema).default([]),
  importance: importanceSchema.default(1),
  /** Set when the claim rests on a single source (or on the commentary alone): why it is not confirmed. */
  unverified: z.string().trim().min(1, "must give the reason").optional(),
});
export type TimelineEvent = z.infer<typeof eventSchema>;
