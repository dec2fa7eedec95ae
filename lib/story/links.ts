import { parseViewState, serializeViewState, type ViewContext } from "../view/view-state";
import type { Slide } from "./slides";

/** Which deck: a story by id (the data set's, or "adhoc" for this browser's), or a whole deck carried in the link (share.ts). */
export type DeckRef = { story: string } | { deck: string };

function toRef(ref: DeckRef | string): DeckRef {
  return typeof ref === "string" ? { story: ref } : ref;
}

/** The query that names the deck, with the step when given. */
export function deckParams(ref: DeckRef | string, step?: number): URLSearchParams {
  const r = toRef(ref);
  const params = new URLSearchParams("story" in r ? { story: r.story } : { deck: r.deck });
  if (step !== undefined) params.set("step", String(step));
  return params;
}

export function presentHref(ref: DeckRef | string, step: number): string {
  return `/present?${deckParams(ref, step)}`;
}

export function presenterHref(ref: DeckRef | string, step: number): string {
  return `/present/presenter?${deckParams(ref, step)}`;
}

/** The deck as a PowerPoint file, made on the server. */
export function pptxHref(ref: DeckRef | string): string {
  return `/present/pptx?${deckParams(ref)}`;
}

/** One slide as an image: the whole slide, or its figure alone; PNG at twice the size, or SVG. */
export function slideImageHref(ref: DeckRef | string, step: number, format: "png" | "svg", part: "slide" | "figure" = "slide"): string {
  const params = deckParams(ref, step);
  params.set("format", format);
  if (part === "figure") params.set("part", "figure");
  return `/present/image?${params}`;
}

/** The deck printed as a handout, one step per page. */
export function handoutHref(ref: DeckRef | string): string {
  return `/report?${deckParams(ref)}`;
}

/** The handout as a PDF file, printed on the server (one step per page). */
export function handoutPdfHref(ref: DeckRef | string): string {
  return `/report/pdf?${deckParams(ref)}`;
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
