import type { Story } from "../schema";
import { ADHOC_STORY_ID } from "./adhoc";
import type { DeckRef } from "./links";
import { pickStory } from "./navigation";
import { decodeShare } from "./share";

type Param = string | string[] | null | undefined;

export type DeckSource =
  | { kind: "story"; story: Story; ref: DeckRef }
  /** This browser's briefing: only the browser knows it. */
  | { kind: "adhoc" }
  | { kind: "none" }
  /** 400 for a link that cannot be read, 413 for one over a deck's limits (lib/story/budget.ts). */
  | { kind: "bad-link"; errors: string[]; status: 400 | 413 };

const first = (value: Param) => (Array.isArray(value) ? value[0] : value) ?? undefined;

/**
 * Which deck a URL (or a posted form) names: `deck` (a whole briefing in the link) first, then
 * `story` (a data set story, falling back to the first; or "adhoc"). Nothing here throws.
 */
export function resolveDeck(params: { story?: Param; deck?: Param }, stories: readonly Story[], maxDeckChars?: number): DeckSource {
  const deck = first(params.deck);
  if (deck !== undefined) {
    const result = decodeShare(deck, maxDeckChars);
    return result.ok ? { kind: "story", story: result.story, ref: { deck } } : { kind: "bad-link", errors: result.errors, status: result.tooLarge ? 413 : 400 };
  }
  if (first(params.story) === ADHOC_STORY_ID) return { kind: "adhoc" };
  const story = pickStory(stories, params.story);
  return story ? { kind: "story", story, ref: { story: story.id } } : { kind: "none" };
}
