import { z } from "zod";
import type { DeckRef } from "./links";

/** One channel per deck, so two decks open side by side do not steer each other; a shared deck is named by a hash of its link. */
export function deckChannelName(ref: DeckRef | string): string {
  if (typeof ref === "string") return `snapshots-present:${ref}`;
  if ("story" in ref) return `snapshots-present:${ref.story}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < ref.deck.length; i++) hash = Math.imul(hash ^ ref.deck.charCodeAt(i), 0x01000193);
  return `snapshots-present:deck-${(hash >>> 0).toString(36)}`;
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
