import "server-only";
import type { DataProblem } from "@/lib/data/problem";
import type { IndexedDataset } from "@/lib/data/index-dataset";
import type { Story } from "@/lib/schema";
import { setResponseStatus } from "@/lib/http/process-slots";
import { getDatasetState } from "@/lib/server/dataset";
import { FULL_ITEMS_LIMIT } from "@/lib/server/explorer";
import { ADHOC_STORY_ID } from "@/lib/story/adhoc";
import { toDeckData, type DeckData } from "@/lib/story/deck-data";
import { parseStepParam, pickStory } from "@/lib/story/navigation";
import { parseIsoDay } from "@/lib/time/partial-date";

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Most events a deck ships to the browser: the explorer's limit for shipping a set whole. */
export const DECK_EVENT_LIMIT = FULL_ITEMS_LIMIT;

export type DeckProps =
  | { kind: "error"; problems: DataProblem[] }
  | { kind: "none" }
  | { kind: "too-large"; count: number; limit: number; adhoc: boolean }
  | { kind: "adhoc"; data: DeckData; step: number }
  | { kind: "story"; story: Story; data: DeckData; step: number };

/** Ids of the events a story can show: those in any step's window and lanes, and those its steps name. */
function storyEventIds(data: IndexedDataset, story: Story): Set<string> {
  const ids = new Set(story.steps.flatMap((step) => step.events));
  for (const step of story.steps) {
    const from = parseIsoDay(step.from)!;
    const to = parseIsoDay(step.to)!;
    const lanes = step.lanes && new Set(step.lanes);
    for (const event of data.events) {
      const [start, end] = data.intervalById.get(event.id)!;
      if (start < to && end > from && (!lanes || lanes.has(event.lane))) ids.add(event.id);
    }
  }
  return ids;
}

/** What /present and /present/presenter show for their URL. Unknown stories and steps fall back; nothing throws. */
export async function loadDeck(searchParams: SearchParams): Promise<DeckProps> {
  const params = await searchParams;
  const state = await getDatasetState();
  if (!state.ok) {
    setResponseStatus(503, 5);
    return { kind: "error", problems: state.problems };
  }
  const large = state.data.events.length > DECK_EVENT_LIMIT;
  // An ad-hoc story lives in the browser; its length is only known there, where the step is clamped again.
  if (params.story === ADHOC_STORY_ID) {
    if (large) {
      setResponseStatus(413);
      return { kind: "too-large", count: state.data.events.length, limit: DECK_EVENT_LIMIT, adhoc: true };
    }
    return { kind: "adhoc", data: toDeckData(state.data), step: parseStepParam(params.step, 999) };
  }
  const story = pickStory(state.data.stories, params.story);
  if (!story) return { kind: "none" };
  const ids = large ? storyEventIds(state.data, story) : null;
  if (ids && ids.size > DECK_EVENT_LIMIT) {
    setResponseStatus(413);
    return { kind: "too-large", count: ids.size, limit: DECK_EVENT_LIMIT, adhoc: false };
  }
  return { kind: "story", story, data: toDeckData(state.data, ids ? (id) => ids.has(id) : undefined), step: parseStepParam(params.step, story.steps.length) };
}
