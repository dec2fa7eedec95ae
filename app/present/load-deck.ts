import "server-only";
import type { DataProblem } from "@/lib/data/problem";
import type { Story } from "@/lib/schema";
import { setResponseStatus } from "@/lib/http/process-slots";
import { getDatasetState } from "@/lib/server/dataset";
import { ADHOC_STORY_ID } from "@/lib/story/adhoc";
import { toDeckData, type DeckData } from "@/lib/story/deck-data";
import { parseStepParam, pickStory } from "@/lib/story/navigation";

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export type DeckProps =
  | { kind: "error"; problems: DataProblem[] }
  | { kind: "none" }
  | { kind: "adhoc"; data: DeckData; step: number }
  | { kind: "story"; story: Story; data: DeckData; step: number };

/** What /present and /present/presenter show for their URL. Unknown stories and steps fall back; nothing throws. */
export async function loadDeck(searchParams: SearchParams): Promise<DeckProps> {
  const params = await searchParams;
  const state = await getDatasetState();
  if (!state.ok) {
    setResponseStatus(503, 5);
    return { kind: "error", problems: state.problems };
  }
  const data = toDeckData(state.data);
  // An ad-hoc story lives in the browser; its length is only known there, where the step is clamped again.
  if (params.story === ADHOC_STORY_ID) return { kind: "adhoc", data, step: parseStepParam(params.step, 999) };
  const story = pickStory(state.data.stories, params.story);
  if (!story) return { kind: "none" };
  return { kind: "story", story, data, step: parseStepParam(params.step, story.steps.length) };
}
