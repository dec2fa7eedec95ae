import type { Source, Story, StoryStep } from "../schema";
import { windowOfStep } from "../view/domain";
import type { TimeDomain } from "../time/scale";

/** A quote as a slide shows it: the words and who said them. */
export interface SlideQuote {
  id: string;
  quote: string;
  expertName: string;
  role: string;
  institution: string;
  source: Source;
  /** The line of the commentary snapshot the note belongs to (lib/view/note-written.ts). */
  snapshot: { ms: number; label: string };
}

/** One step, resolved against the data set: plain values a client component can take. */
export interface Slide {
  title: string;
  summary: string;
  domain: TimeDomain;
  /** Highlighted events that exist in the data set. */
  events: string[];
  /** Lanes to show, or null for all. */
  lanes: string[] | null;
  notes: string;
  quotes: SlideQuote[];
  /** Seconds the briefer means to spend on it, or null. */
  target: number | null;
}

export interface SlideDeck {
  id: string;
  title: string;
  slides: Slide[];
}

export interface SlideContext {
  hasEvent: (id: string) => boolean;
  laneIds: readonly string[];
  quoteById: ReadonlyMap<string, SlideQuote>;
}

/** The step's window in UTC ms, its edges read as the explorer's URL reads them (the `to` day included). */
export function stepDomain(step: Pick<StoryStep, "from" | "to">): TimeDomain {
  return windowOfStep(step.from, step.to);
}

export function toSlide(step: StoryStep, ctx: SlideContext): Slide {
  const known = new Set(ctx.laneIds);
  const lanes = step.lanes?.filter((id) => known.has(id)) ?? [];
  return {
    title: step.title,
    summary: step.summary,
    domain: stepDomain(step),
    events: step.events.filter(ctx.hasEvent),
    lanes: lanes.length > 0 ? lanes : null,
    notes: step.notes,
    quotes: step.quotes.flatMap((id) => ctx.quoteById.get(id) ?? []),
    target: step.target ?? null,
  };
}

export function toSlideDeck(story: Story, ctx: SlideContext): SlideDeck {
  return { id: story.id, title: story.title, slides: story.steps.map((step) => toSlide(step, ctx)) };
}
