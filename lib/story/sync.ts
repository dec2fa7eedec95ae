import { z } from "zod";

/** One channel per story, so two decks open side by side do not steer each other. */
export function deckChannelName(storyId: string): string {
  return `snapshots-present:${storyId}`;
}

export const deckMessageSchema = z.object({
  type: z.literal("step"),
  step: z.number().int().min(1),
  /** Which window sent it, so a window ignores its own echo. */
  sender: z.string().min(1),
});
export type DeckMessage = z.infer<typeof deckMessageSchema>;

/** Messages from other windows are outside input: anything malformed is ignored. */
export function readDeckMessage(data: unknown): DeckMessage | null {
  const parsed = deckMessageSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}
