import { foldText, queryTerms } from "../search/fold";
import { matchEvent, type Searchable } from "../search/search-events";
import { isAfterSnapshot } from "./snapshot";

/** What narrows the explorer's events, besides the time window. One model for the chart, lists, search, report and export. */
export interface EventFilter {
  /** Visible lanes; an event in a hidden lane is not shown. */
  lanes: readonly string[];
  /** Show only events these experts' annotations anchor (empty: no expert filter). */
  experts: readonly string[];
  actor: string | null;
  tag: string | null;
  /** Hide events after the snapshot line. */
  hideAfter: boolean;
  /**
   * The search filter (the URL's `q`): only events with every word in their title, summary, actors or tags,
   * as the search matches them. One meaning everywhere: the explorer draws and counts only these, and the
   * report, the export, the share card and the window API keep the same events. Empty: no search filter.
   */
  q: string;
}

export interface Filterable {
  id: string;
  lane: string;
  actors: readonly string[];
  tags: readonly string[];
  /** Start in UTC ms. */
  start: number;
  /** The record the search filter reads (title, summary, actors, tags); its folded text is kept with it. */
  event: Searchable;
}

interface AnchoredNote {
  expertId: string;
  eventIds: readonly string[];
}

/** The ids of events anchored by the chosen experts' annotations, or null when no expert is chosen. */
export function getExpertEventIds(notes: readonly AnchoredNote[], experts: readonly string[]): Set<string> | null {
  if (experts.length === 0) return null;
  const chosen = new Set(experts);
  return new Set(notes.filter((note) => chosen.has(note.expertId)).flatMap((note) => note.eventIds));
}

/** The filter as one predicate, built once and applied to many events. */
export function createEventPredicate(filter: EventFilter, notes: readonly AnchoredNote[], snapshot: number): (event: Filterable) => boolean {
  const lanes = new Set(filter.lanes);
  const anchored = getExpertEventIds(notes, filter.experts);
  const terms = queryTerms(filter.q);
  const phrase = foldText(filter.q.trim()).replace(/\s+/g, " ");
  return (event) =>
    lanes.has(event.lane) &&
    (!anchored || anchored.has(event.id)) &&
    (!filter.actor || event.actors.includes(filter.actor)) &&
    (!filter.tag || event.tags.includes(filter.tag)) &&
    (!filter.hideAfter || !isAfterSnapshot(event.start, snapshot)) &&
    (terms.length === 0 || matchEvent(event.event, terms, phrase) !== null);
}

/** Keeps the events that pass every filter, in input order. */
export function filterEvents<T extends Filterable>(events: readonly T[], filter: EventFilter, notes: readonly AnchoredNote[], snapshot: number): T[] {
  return events.filter(createEventPredicate(filter, notes, snapshot));
}

/** Whether any filter beyond the lanes is on. */
export function isFiltered(filter: EventFilter, allLanes: readonly string[]): boolean {
  return filter.experts.length > 0 || !!filter.actor || !!filter.tag || filter.hideAfter || !!filter.q.trim() || filter.lanes.length !== allLanes.length;
}
