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
}

export interface Filterable {
  id: string;
  lane: string;
  actors: readonly string[];
  tags: readonly string[];
  /** Start in UTC ms. */
  start: number;
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
  return (event) =>
    lanes.has(event.lane) &&
    (!anchored || anchored.has(event.id)) &&
    (!filter.actor || event.actors.includes(filter.actor)) &&
    (!filter.tag || event.tags.includes(filter.tag)) &&
    (!filter.hideAfter || !isAfterSnapshot(event.start, snapshot));
}

/** Keeps the events that pass every filter, in input order. */
export function filterEvents<T extends Filterable>(events: readonly T[], filter: EventFilter, notes: readonly AnchoredNote[], snapshot: number): T[] {
  return events.filter(createEventPredicate(filter, notes, snapshot));
}

/** Whether any filter beyond the lanes is on. */
export function isFiltered(filter: EventFilter, allLanes: readonly string[]): boolean {
  return filter.experts.length > 0 || !!filter.actor || !!filter.tag || filter.hideAfter || filter.lanes.length !== allLanes.length;
}
