import type { TimelineItem } from "../data/items";
import type { DeckData } from "./deck-data";
import type { Slide, SlideQuote } from "./slides";

/** A highlighted event as the slide lists it: numbered in time order, like its badge on the figure. */
export interface SheetEvent {
  number: number;
  id: string;
  title: string;
  dateLabel: string;
}

export interface SheetQuote extends SlideQuote {
  /** "Written 24 April 2025, before the events shown" when the slide's window runs past the commentary's date. */
  written: string | null;
}

/** Everything printed on a slide besides the figure: the one description the slide, the handout, the image and the .pptx share. */
export interface SlideSheet {
  title: string;
  summary: string;
  events: SheetEvent[];
  /** The numbers the figure's badges carry, by event id. */
  numbers: Map<string, number>;
  /** The quote shown on the slide (the first), and all of them (for notes and handouts). */
  quote: SheetQuote | null;
  quotes: SheetQuote[];
  notes: string;
  /** "Sources: Reuters; IAEA · Commentary: Middle East Institute, NUS". */
  sourceLine: string;
  target: number | null;
}

const MAX_PUBLISHERS = 5;

export function itemIndex(deck: Pick<DeckData, "items">): Map<string, TimelineItem> {
  return new Map(deck.items.map((item) => [item.id, item]));
}

/**
 * When the slide reaches past a quote's snapshot line, the quote carries that line's label ("Expert
 * Snapshots, written no earlier than 24 April 2025"): the audience sees when the words were written, and
 * the line in the figure shows which events came after. The label is the snapshot's own, so a date that
 * is only a lower bound is never stated as exact, and a quote from an earlier snapshot names its own.
 */
function writtenNote(slide: Slide, quote: SlideQuote): string | null {
  return slide.domain[1] <= quote.snapshot.ms ? null : quote.snapshot.label;
}

function sourceLine(events: SheetEvent[], quotes: SheetQuote[], deck: DeckData): string {
  // Official documents and wire reports first, then the rest, each group in the order of the events.
  const indexes = [...new Set(events.flatMap((event) => deck.eventPublishers[event.id] ?? []))];
  const rank = (i: number) => deck.publisherRanks[i] ?? 0;
  const names = indexes.map((i, order) => ({ i, order })).sort((a, b) => rank(a.i) - rank(b.i) || a.order - b.order).map(({ i }) => deck.publishers[i]!);
  const listed = names.length > MAX_PUBLISHERS ? [...names.slice(0, MAX_PUBLISHERS), `${names.length - MAX_PUBLISHERS} more`] : names;
  const parts = [listed.length ? `Sources: ${listed.join("; ")}` : `Events: ${deck.datasetTitle}`];
  const commentary = [...new Set(quotes.map((q) => q.source.publisher))];
  if (commentary.length) parts.push(`Commentary: ${commentary.join("; ")}`);
  return parts.join(" · ");
}

export function describeSlide(slide: Slide, deck: DeckData, items: ReadonlyMap<string, TimelineItem> = itemIndex(deck)): SlideSheet {
  const lit = slide.events
    .flatMap((id) => items.get(id) ?? [])
    .sort((a, b) => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id));
  const events = lit.map((item, i) => ({ number: i + 1, id: item.id, title: item.title, dateLabel: item.dateLabel }));
  const quotes = slide.quotes.map((q) => ({ ...q, written: writtenNote(slide, q) }));
  return {
    title: slide.title,
    summary: slide.summary,
    events,
    numbers: new Map(events.map((event) => [event.id, event.number])),
    quote: quotes[0] ?? null,
    quotes,
    notes: slide.notes,
    sourceLine: sourceLine(events, quotes.slice(0, 1), deck),
    target: slide.target,
  };
}

/**
 * The most lines a slide gives each piece of text (more becomes "…"), and the least share of its
 * height the figure keeps: the head gives up summary lines, then title lines, before the figure
 * goes below it. The slide (SlideView), its image (lib/export/slide-svg.ts) and the .pptx hold to these.
 */
export const SLIDE_TEXT_LINES = { title: 3, summary: 4, listItem: 2, sourceLine: 2, minFigureShare: 0.2 } as const;
