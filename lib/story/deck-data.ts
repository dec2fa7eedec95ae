import type { IndexedDataset } from "../data/index-dataset";
import { toTimelineItem, type TimelineItem } from "../data/items";
import { sourceTypeSchema, type Lane, type SourceType, type Story } from "../schema";
import type { TimeDomain } from "../time/scale";
import type { SceneLinkInput } from "../scene/links";
import { noteWritten } from "../view/note-written";
import { snapshotLabel, snapshotMs } from "../view/snapshot";
import type { ViewContext } from "../view/view-state";
import { stepDomain, type SlideContext, type SlideQuote } from "./slides";

/** Everything a deck needs from the data set, as plain serialisable values for a client component. */
export interface DeckData {
  /** The data set's title, credited on slides without highlighted events. */
  datasetTitle: string;
  /** The data set's version and handling mark (a briefing's own mark replaces it: resolveMarking). */
  version: string | null;
  marking: string | null;
  items: TimelineItem[];
  lanes: Lane[];
  extent: TimeDomain;
  asOf: { ms: number; label: string };
  expertIds: string[];
  quotes: SlideQuote[];
  /**
   * Publisher names, and for each event the indexes of its sources' publishers: the slides' source line.
   * `publisherRanks[i]` is the best kind of source publisher i gave (0 official, 1 wire, 2 press,
   * 3 analysis, 4 state-affiliated, 5 untyped), so a short line names the primary record first.
   */
  publishers: string[];
  publisherRanks: number[];
  eventPublishers: Record<string, number[]>;
  /** Links between the events a slide can highlight (both ends): drawn between a step's numbered events. */
  links: SceneLinkInput[];
}

const SOURCE_RANKS = sourceTypeSchema.options;
const rankOf = (type: SourceType | undefined) => (type ? SOURCE_RANKS.indexOf(type) : SOURCE_RANKS.length);

/** Is the event drawn, or listed, by some step of the story? Each window gets half its width on either side for the moves between steps. */
function neededBy(story: Story): (id: string, start: number, end: number) => boolean {
  const windows = story.steps.map((step) => {
    const [from, to] = stepDomain(step);
    const margin = (to - from) / 2;
    return [from - margin, to + margin] as const;
  });
  const lit = new Set(story.steps.flatMap((step) => step.events));
  return (id, start, end) => lit.has(id) || windows.some(([from, to]) => start < to && end > from);
}

/** How many events the story's deck would carry: the price of a deck, from the set's intervals alone (nothing is built). */
export function deckEventCount(data: Pick<IndexedDataset, "intervalById">, story: Story): number {
  const keep = neededBy(story);
  let count = 0;
  for (const [id, [start, end]] of data.intervalById) if (keep(id, start, end)) count++;
  return count;
}

/**
 * The deck's data. With the story known (a data set story or a shared link) only the events its
 * steps can show are sent; without (a briefing kept in the browser) the whole set is.
 */
export function toDeckData(data: IndexedDataset, story?: Story): DeckData {
  const keep = story ? neededBy(story) : () => true;
  const items = data.events.filter((event) => keep(event.id, ...data.intervalById.get(event.id)!)).map(toTimelineItem);
  const publishers: string[] = [];
  const publisherRanks: number[] = [];
  const publisherIndex = new Map<string, number>();
  const indexOf = (name: string, type: SourceType | undefined) => {
    let i = publisherIndex.get(name);
    if (i === undefined) publisherIndex.set(name, (i = publishers.push(name) - 1));
    publisherRanks[i] = Math.min(publisherRanks[i] ?? SOURCE_RANKS.length, rankOf(type));
    return i;
  };
  const lit = story ? new Set(story.steps.flatMap((step) => step.events)) : null;
  const eventPublishers: Record<string, number[]> = {};
  for (const item of items) {
    if (lit && !lit.has(item.id)) continue;
    eventPublishers[item.id] = [...new Set(data.eventById.get(item.id)!.sources.map((source) => indexOf(source.publisher, source.type)))];
  }
  const linkable = lit ?? new Set(items.map((item) => item.id));
  const links = [...linkable].flatMap((id) => (data.eventById.get(id)?.related ?? []).filter((r) => linkable.has(r.id)).map((r) => ({ from: id, to: r.id, label: r.label })));
  return {
    datasetTitle: data.manifest.title,
    version: data.manifest.version ?? null,
    marking: data.manifest.marking ?? null,
    items,
    lanes: data.lanes,
    extent: data.extent,
    asOf: { ms: data.snapshotMs, label: snapshotLabel(data.manifest) },
    expertIds: data.manifest.experts.map((expert) => expert.id),
    quotes: data.allAnnotations.flatMap((note) => {
      const expert = data.expertById.get(note.expert);
      const { snapshot } = noteWritten(data, note);
      return expert ? [{ id: note.id, quote: note.quote, expertName: expert.name, role: expert.role, institution: expert.institution, source: note.source, snapshot: { ms: snapshotMs(snapshot.asOf), label: snapshot.asOfLabel } }] : [];
    }),
    publishers,
    publisherRanks,
    eventPublishers,
    links,
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
