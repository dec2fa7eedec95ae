import { parseViewState, serializeViewState, type ViewContext } from "../view/view-state";
import type { Slide } from "./slides";

export function presentHref(storyId: string, step: number): string {
  return `/present?${new URLSearchParams({ story: storyId, step: String(step) })}`;
}

export function presenterHref(storyId: string, step: number): string {
  return `/present/presenter?${new URLSearchParams({ story: storyId, step: String(step) })}`;
}

/** The explorer at this slide's view: its window, its lanes, its first highlighted event. */
export function explorerHref(slide: Slide, ctx: ViewContext): string {
  // Everything the slide does not set stays at the explorer's default.
  const defaults = parseViewState(new URLSearchParams(), ctx);
  const params = serializeViewState(
    { ...defaults, domain: slide.domain, lanes: slide.lanes ?? [...ctx.laneIds], event: slide.events[0] ?? null },
    ctx,
  );
  const query = params.toString();
  return query ? `/?${query}` : "/";
}
