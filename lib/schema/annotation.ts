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

/** Expert commentary, quoted verbatim and anchored in data space. */
export const annotationSchema = z.object({
  id: idSchema,
  expert: idSchema,
  quote: z.string().trim().min(1, "quote must not be empty"),
  anchors: anchorSchema,
  theme: z.string().trim().min(1),
  /** The editor's summary of the quote in a few words (≤ 60 characters), written on the figure's callout. */
  headline: z.string().trim().min(1).max(60, "must be at most 60 characters").optional(),
  source: sourceSchema,
});
export type Annotation = z.infer<typeof annotationSchema>;
