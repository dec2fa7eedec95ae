import type { IndexedDataset } from "../data/index-dataset";
import { toTimelineItem, type TimelineItem } from "../data/items";
import type { Lane } from "../schema";
import type { TimeDomain } from "../time/scale";
import type { ViewContext } from "../view/view-state";
import type { SlideContext, SlideQuote } from "./slides";

/** Everything a deck needs from the data set, as plain serialisable values for a client component. */
export interface DeckData {
  items: TimelineItem[];
  lanes: Lane[];
  extent: TimeDomain;
  asOf: { ms: number; label: string };
  expertIds: string[];
  quotes: SlideQuote[];
}

/** Every event of the set, or with `keep` only those a deck can show (a large set is not shipped whole). */
export function toDeckData(data: IndexedDataset, keep?: (id: string) => boolean): DeckData {
  return {
    items: (keep ? data.events.filter((event) => keep(event.id)) : data.events).map(toTimelineItem),
    lanes: data.lanes,
    extent: data.extent,
    asOf: { ms: data.asOfMs, label: data.manifest.asOfLabel ?? `Commentary as of ${data.manifest.asOf}` },
    expertIds: data.manifest.experts.map((expert) => expert.id),
    quotes: data.annotations.flatMap((note) => {
      const expert = data.expertById.get(note.expert);
      return expert ? [{ id: note.id, quote: note.quote, expertName: expert.name, role: expert.role, institution: expert.institution }] : [];
    }),
  };
}

export function slideContextOf(deck: DeckData): SlideContext {
  const ids = new Set(deck.items.map((item) => item.id));
  return { hasEvent: (id) => ids.has(id), laneIds: deck.lanes.map((lane) => lane.id), quoteById: new Map(deck.quotes.map((q) => [q.id, q])) };
}

export function viewContextOf(deck: DeckData): ViewContext {
  const ids = new Set(deck.items.map((item) => item.id));
  return { extent: deck.extent, laneIds: deck.lanes.map((lane) => lane.id), expertIds: deck.expertIds, hasEvent: (id) => ids.has(id) };
}
