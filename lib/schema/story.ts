import { z } from "zod";
import { idSchema, isoDaySchema } from "./primitives";

export const storyStepSchema = z.object({
  title: z.string().trim().min(1),
  summary: z.string().trim().min(1),
  from: isoDaySchema,
  to: isoDaySchema,
  events: z.array(idSchema).default([]),
  lanes: z.array(idSchema).optional(),
  notes: z.string().default(""),
  /** Annotation ids quoted on the slide and in the notes. */
  quotes: z.array(idSchema).default([]),
  /** Seconds the briefer means to spend on the step; the presenter view keeps a running total. */
  target: z.number().int().positive().max(3600).optional(),
});
export type StoryStep = z.infer<typeof storyStepSchema>;

export const storySchema = z.object({
  id: idSchema,
  title: z.string().trim().min(1),
  description: z.string().default(""),
  steps: z.array(storyStepSchema).min(1, "needs at least one step"),
});
export type Story = z.infer<typeof storySchema>;
