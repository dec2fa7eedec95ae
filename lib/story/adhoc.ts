import { checkText } from "../data/check-text";
import { checkStories, type Ids } from "../data/validate";
import { storySchema, type Story, type StoryStep } from "../schema";
import { formatShortDate } from "../time/format";
import type { TimeDomain } from "../time/scale";
import type { EventDetail } from "../view/event-detail";
import { wholeDays, windowEdges } from "../view/domain";
import { DECK_LIMITS, precheckStory } from "./budget";
import { frameEvent } from "./frame";

/** A briefing put together in the explorer. Unlike a data set story it may be empty while it is built. */
export const ADHOC_STORY_ID = "adhoc";
export { ADHOC_STORAGE_KEY } from "./adhoc-key";

/** Not ok: `tooLarge` when the story is well formed but over a limit (lib/story/budget.ts): a 413, not a 400. */
export type ImportResult = { ok: true; story: Story } | { ok: false; errors: string[]; tooLarge?: boolean };

export function emptyAdhocStory(): Story {
  return { id: ADHOC_STORY_ID, title: "Ad-hoc briefing", description: "", steps: [] };
}

/** A step's written window: whole days, the last one included (stepDomain reads it back the same). */
function stepWindow(domain: TimeDomain): { from: string; to: string } {
  return windowEdges(wholeDays(domain));
}

/** What a step about one event needs from the event detail answer (GET /api/events/[id]). */
export type StepEvent = Pick<EventDetail, "id" | "title" | "summary" | "interval" | "neighbours" | "annotations"> & { lane: { id: string } };

/**
 * A step about one event, framed around it: its nearest neighbours in time within the lanes the
 * explorer shows, its lane and theirs (see frame.ts). The first comment on the event is quoted.
 */
export function createEventStep(event: StepEvent, shownLanes: readonly string[], laneOrder: readonly string[]): StoryStep {
  const frame = frameEvent({ id: event.id, lane: event.lane.id, start: event.interval[0], end: event.interval[1] }, event.neighbours, [...shownLanes, event.lane.id], laneOrder);
  return {
    title: event.title,
    summary: event.summary,
    ...stepWindow(frame.domain),
    events: [event.id],
    lanes: frame.lanes,
    notes: "",
    quotes: event.annotations.slice(0, 1).map((note) => note.id),
  };
}

/** A step that shows a window of the timeline, with nothing highlighted. */
export function createWindowStep(domain: TimeDomain, lanes: readonly string[]): StoryStep {
  const { from, to } = stepWindow(domain);
  const label = `${formatShortDate(from, "day")} – ${formatShortDate(to, "day")}`;
  return { title: label, summary: `The timeline from ${label}.`, from, to, events: [], lanes: [...lanes], notes: "", quotes: [] };
}

/** The story with `step` added at the end; unchanged when it already holds as many steps as a briefing may (lib/story/budget.ts). */
export function addStep(story: Story, step: StoryStep): Story {
  if (story.steps.length >= DECK_LIMITS.steps) return story;
  return { ...story, steps: [...story.steps, step] };
}

/** Puts a step back at `index` (clamped to the ends): what undoing a removal does. */
export function insertStep(story: Story, index: number, step: StoryStep): Story {
  const at = Math.min(Math.max(index, 0), story.steps.length);
  return { ...story, steps: [...story.steps.slice(0, at), step, ...story.steps.slice(at)] };
}

/**
 * The index of a step that already shows what `step` would add: one highlighting the same event, or,
 * for a plain window, one with the same window and nothing highlighted. -1 when there is none.
 */
export function findSameStep(story: Story, step: StoryStep): number {
  const [event] = step.events;
  if (event !== undefined) return story.steps.findIndex((other) => other.events.includes(event));
  return story.steps.findIndex((other) => other.events.length === 0 && other.from === step.from && other.to === step.to);
}

export function removeStep(story: Story, index: number): Story {
  return { ...story, steps: story.steps.filter((_, i) => i !== index) };
}

/** Moves a step by `delta` places; out-of-range moves leave the story unchanged. */
export function moveStep(story: Story, index: number, delta: number): Story {
  const target = index + delta;
  if (index < 0 || index >= story.steps.length || target < 0 || target >= story.steps.length) return story;
  const steps = [...story.steps];
  const [step] = steps.splice(index, 1);
  steps.splice(target, 0, step!);
  return { ...story, steps };
}

/** The step with some fields changed; an out-of-range index leaves the story unchanged. */
export function updateStep(story: Story, index: number, patch: Partial<StoryStep>): Story {
  if (index < 0 || index >= story.steps.length) return story;
  return { ...story, steps: story.steps.map((step, i) => (i === index ? { ...step, ...patch } : step)) };
}

/** A copy of the step, placed right after it. */
export function duplicateStep(story: Story, index: number): Story {
  const step = story.steps[index];
  if (!step || story.steps.length >= DECK_LIMITS.steps) return story;
  const steps = [...story.steps];
  steps.splice(index + 1, 0, { ...step, title: `${step.title} (copy)`, events: [...step.events], quotes: [...step.quotes], lanes: step.lanes && [...step.lanes] });
  return { ...story, steps };
}

/** Moves the step at `from` to position `to` (as drag and drop does); out-of-range moves change nothing. */
export function moveStepTo(story: Story, from: number, to: number): Story {
  return moveStep(story, from, to - from);
}

/** A kebab-case id from the title, as the data set's stories need ("adhoc" is kept for this browser's briefing). */
export function storyIdFrom(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug && slug !== ADHOC_STORY_ID ? slug : "briefing";
}

/** The story as a file for the data set: its own id, ready to append to data/stories.json. */
export function toStoryFile(story: Story): string {
  return storyToJson({ ...story, id: storyIdFrom(story.title) });
}

export function storyToJson(story: Story): string {
  return `${JSON.stringify(story, null, 2)}\n`;
}

const anything: Ids = { has: () => true };

/**
 * Reads a story file with the same schema, date and text-length checks as the data set's stories.json,
 * and the deck's limits first of all (before anything walks its steps). References to events and
 * quotes are not checked here: a story from another data set still opens.
 */
export function parseStoryJson(text: string): ImportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, errors: ["The file is not valid JSON."] };
  }
  const over = precheckStory(raw);
  if (over) return { ok: false, errors: [over], tooLarge: true };
  // Text over its field's limit (title 300 characters, summary 2,000…) and bidi controls, as in the data files.
  const long: string[] = [];
  checkText(raw, "(story)", (_record, field, message) => long.push(`${field}: ${message}`));
  if (long.length) return { ok: false, errors: long.slice(0, 10), ...(long.every((error) => error.includes("characters long")) ? { tooLarge: true } : {}) };
  const parsed = storySchema.safeParse(raw);
  if (!parsed.success)
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => `${issue.path.map(String).join(".") || "(story)"}: ${issue.message}`),
      ...(parsed.error.issues.some((issue) => issue.code === "too_big") ? { tooLarge: true } : {}),
    };
  const errors: string[] = [];
  checkStories([parsed.data], anything, anything, anything, (_record, field, message) => errors.push(`${field}: ${message}`));
  return errors.length > 0 ? { ok: false, errors } : { ok: true, story: parsed.data };
}

/** What localStorage keeps: the story as JSON, under the ad-hoc id. */
export function encodeAdhocStory(story: Story): string {
  return JSON.stringify({ ...story, id: ADHOC_STORY_ID });
}

/** The stored story, or an empty one when nothing (or something unreadable) is stored. */
export function decodeAdhocStory(stored: string | null): Story {
  if (!stored) return emptyAdhocStory();
  const result = parseStoryJson(stored);
  return result.ok ? { ...result.story, id: ADHOC_STORY_ID } : emptyAdhocStory();
}
