import { z } from "zod";
import { idSchema, isoDaySchema, sourceSchema } from "./primitives";

export const anchorSchema = z
  .object({
    events: z.array(idSchema).default([]),
    range: z.object({ from: isoDaySchema, to: isoDaySchema }).optional(),
  })
  .refine((anchor) => anchor.events.length > 0 || anchor.range !== undefined, {
    message: "needs at least one event or a range",
  });

export const HEADLINE_MAX = 60;

/** Expert commentary, quoted verbatim and anchored in data space. */
export const annotationSchema = z.object({
  id: idSchema,
  expert: idSchema,
  /** The commentary snapshot the note belongs to (dataset.json `snapshots`); without it, the first one. */
  snapshot: idSchema.optional(),
  quote: z.string().trim().min(1, "quote must not be empty"),
  /** The editor's summary of the quote, in the project's voice (never a quotation). */
  headline: z.string().trim().min(1, "must not be empty").max(HEADLINE_MAX, `must be at most ${HEADLINE_MAX} characters`).optional(),
  anchors: anchorSchema,
  theme: z.string().trim().min(1),
  source: sourceSchema,
});
export type Annotation = z.infer<typeof annotationSchema>;
