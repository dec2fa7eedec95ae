import { STORY_LIMITS } from "../schema/story";
import { TEXT_LIMITS } from "../schema/text-limits";
import { formatCount } from "../scene/text";

/**
 * What one briefing may hold, wherever it comes from (a share link, a posted form, a story file,
 * data/stories.json, the Briefing tray). Every deck route prices a deck against these before it
 * builds a slide, and the tray never lets a briefing past them. docs/RELIABILITY.md lists them.
 *
 * Sized from what the app makes: the built-in story has 12 steps with at most 8 highlighted events
 * and 3 quotes a step; a slide is laid out for 1 to 12 highlighted events; 40 steps is a talk of
 * well over an hour. A .pptx of 40 steps is 40 figure images, which the render pool finishes well
 * inside its deadline.
 */
export const DECK_LIMITS = {
  /** Steps; highlighted (numbered) events, quotes and lanes on one slide: checked by the story schema. */
  ...STORY_LIMITS,
  /** Events a deck may draw or list in all its windows together (what /present ships to the browser). */
  eventsPerDeck: 5000,
  /** Per text field, the data files' own limits (title 300, summary 2,000, notes 4,000 characters). */
  title: TEXT_LIMITS.title!,
  summary: TEXT_LIMITS.summary!,
  notes: TEXT_LIMITS.notes!,
  description: TEXT_LIMITS.description!,
} as const;

const n = (value: number) => formatCount(value);

/** Over a cap: the message names the cap, so a person knows what to cut. */
export function tooManySteps(count: number): string {
  return `The briefing has ${n(count)} steps; a briefing holds at most ${n(DECK_LIMITS.steps)}.`;
}

export function tooManyEvents(count: number): string {
  return `The briefing's windows hold ${n(count)} events; a briefing holds at most ${n(DECK_LIMITS.eventsPerDeck)}. Narrow its steps' windows or lanes.`;
}

/**
 * The cheap look at a parsed (not yet validated) story: the step count, before anything walks the
 * steps. A link of a few hundred bytes can inflate to thousands of steps; this refuses it in
 * microseconds, before the schema or anything else touches them.
 */
export function precheckStory(raw: unknown): string | null {
  const steps = (raw as { steps?: unknown } | null)?.steps;
  if (Array.isArray(steps) && steps.length > DECK_LIMITS.steps) return tooManySteps(steps.length);
  return null;
}
