import "server-only";
import type { IndexedDataset } from "@/lib/data/index-dataset";
import type { Source, Story } from "@/lib/schema";
import { getDatasetState } from "@/lib/server/dataset";
import { DECK_LIMITS, tooManyEvents } from "@/lib/story/budget";
import { deckEventCount, slideContextOf, toDeckData, type DeckData } from "@/lib/story/deck-data";
import { resolveDeck } from "@/lib/story/resolve";
import { describeSlide, itemIndex, type SlideSheet } from "@/lib/story/slide-sheet";
import { toSlideDeck, type Slide } from "@/lib/story/slides";

export interface ExportDeck {
  data: IndexedDataset;
  story: Story;
  deck: DeckData;
  slides: Slide[];
  sheets: SlideSheet[];
}

export type ExportDeckResult = { ok: true; value: ExportDeck } | { ok: false; status: number; message: string; errors: string[] };

/** The deck a download asks for: `story` (a data set story) or `deck` (a briefing carried in the link or a posted form). */
export async function loadExportDeck(params: { story?: string | null; deck?: string | null }, maxDeckChars?: number): Promise<ExportDeckResult> {
  const state = await getDatasetState();
  if (!state.ok) return { ok: false, status: 503, message: "The data set failed validation; see the home page for the problems.", errors: [] };
  const source = resolveDeck({ story: params.story ?? undefined, deck: params.deck ?? undefined }, state.data.stories, maxDeckChars);
  if (source.kind === "adhoc")
    return { ok: false, status: 400, message: "A briefing kept in the browser travels in the `deck` parameter; this link has only story=adhoc.", errors: [] };
  if (source.kind === "none") return { ok: false, status: 404, message: "This data set has no stories.", errors: [] };
  if (source.kind === "bad-link")
    return { ok: false, status: source.status, message: `The briefing ${source.status === 413 ? "is over a limit" : "cannot be read"}: ${source.errors.join(" ")}`, errors: source.errors };
  // Priced before anything is built: the same event limit as /present.
  const count = deckEventCount(state.data, source.story);
  if (count > DECK_LIMITS.eventsPerDeck) return { ok: false, status: 413, message: tooManyEvents(count), errors: [] };
  const deck = toDeckData(state.data, source.story);
  const { slides } = toSlideDeck(source.story, slideContextOf(deck));
  const items = itemIndex(deck);
  return { ok: true, value: { data: state.data, story: source.story, deck, slides, sheets: slides.map((slide) => describeSlide(slide, deck, items)) } };
}

/** Every source behind the deck's highlighted events and quotes, each once, in the order the slides meet them. */
export function deckSources({ data, slides }: Pick<ExportDeck, "data" | "slides">): Source[] {
  const seen = new Map<string, Source>();
  for (const slide of slides) {
    for (const id of slide.events) for (const source of data.eventById.get(id)?.sources ?? []) if (!seen.has(source.url)) seen.set(source.url, source);
    for (const quote of slide.quotes) if (!seen.has(quote.source.url)) seen.set(quote.source.url, quote.source);
  }
  return [...seen.values()];
}

export function problemResponse(status: number, message: string, errors: string[] = []) {
  return Response.json({ error: message, errors }, { status, headers: { "Cache-Control": "no-store" } });
}
