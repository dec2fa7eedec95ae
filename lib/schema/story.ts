import { z } from "zod";
import { idSchema, isoDaySchema, markingSchema } from "./primitives";

/** How much one story may hold (lib/story/budget.ts prices a deck against these and more). */
export const STORY_LIMITS = { steps: 40, eventsPerStep: 12, quotesPerStep: 6, lanesPerStep: 100 } as const;

export const storyStepSchema = z.object({
  title: z.string().trim().min(1),
  summary: z.string().trim().min(1),
  from: isoDaySchema,
  to: isoDaySchema,
  events: z.array(idSchema).max(STORY_LIMITS.eventsPerStep, `at most ${STORY_LIMITS.eventsPerStep} highlighted events a step`).default([]),
  lanes: z.array(idSchema).max(STORY_LIMITS.lanesPerStep, `at most ${STORY_LIMITS.lanesPerStep} lanes a step`).optional(),
  notes: z.string().default(""),
  /** Annotation ids quoted on the slide and in the notes. */
  quotes: z.array(idSchema).max(STORY_LIMITS.quotesPerStep, `at most ${STORY_LIMITS.quotesPerStep} quotes a step`).default([]),
  /** Seconds the briefer means to spend on the step; the presenter view keeps a running total. */
  target: z.number().int().positive().max(3600).optional(),
});
export type StoryStep = z.infer<typeof storyStepSchema>;

export const storySchema = z.object({
  id: idSchema,
  title: z.string().trim().min(1),
  description: z.string().default(""),
  /** The briefing's handling mark, in place of the data set's. */
  marking: markingSchema.optional(),
  steps: z.array(storyStepSchema).min(1, "needs at least one step").max(STORY_LIMITS.steps, `at most ${STORY_LIMITS.steps} steps`),
});
export type Story = z.infer<typeof storySchema>;
