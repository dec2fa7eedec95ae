import "server-only";
import type { DataProblem } from "@/lib/data/problem";
import type { Story } from "@/lib/schema";
import { setResponseStatus } from "@/lib/http/process-slots";
import { getDatasetState } from "@/lib/server/dataset";
import { DECK_LIMITS } from "@/lib/story/budget";
import { deckEventCount, toDeckData, type DeckData } from "@/lib/story/deck-data";
import type { DeckRef } from "@/lib/story/links";
import { parseStepParam } from "@/lib/story/navigation";
import { resolveDeck } from "@/lib/story/resolve";

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Most events a deck ships to the browser. */
const DECK_EVENT_LIMIT = DECK_LIMITS.eventsPerDeck;

export type DeckProps =
  | { kind: "error"; problems: DataProblem[] }
  | { kind: "none" }
  | { kind: "bad-link"; errors: string[]; status: 400 | 413 }
  | { kind: "too-large"; count: number; limit: number; adhoc: boolean }
  /** `data` is null for a large set: the browser then opens its briefing as a shared deck, which the server trims. */
  | { kind: "adhoc"; data: DeckData | null; step: number }
  | { kind: "story"; story: Story; deckRef: DeckRef; data: DeckData; step: number };

/** What /present and /present/presenter show for their URL. Unknown stories and steps fall back; nothing throws. */
export async function loadDeck(searchParams: SearchParams): Promise<DeckProps> {
  const params = await searchParams;
  const state = await getDatasetState();
  if (!state.ok) {
    setResponseStatus(503, 5);
    return { kind: "error", problems: state.problems };
  }
  const source = resolveDeck(params, state.data.stories);
  // An ad-hoc story lives in the browser; its length is only known there, where the step is clamped again.
  if (source.kind === "adhoc") {
    const large = state.data.events.length > DECK_EVENT_LIMIT;
    return { kind: "adhoc", data: large ? null : toDeckData(state.data), step: parseStepParam(params.step, 999) };
  }
  if (source.kind === "bad-link") setResponseStatus(source.status);
  if (source.kind !== "story") return source;
  const { story, ref } = source;
  // Only the events the story's steps can show are sent; a story that can show too many is refused, priced before anything is built.
  const count = deckEventCount(state.data, story);
  if (count > DECK_EVENT_LIMIT) {
    setResponseStatus(413);
    return { kind: "too-large", count, limit: DECK_EVENT_LIMIT, adhoc: false };
  }
  const data = toDeckData(state.data, story);
  return { kind: "story", story, deckRef: ref, data, step: parseStepParam(params.step, story.steps.length) };
}
