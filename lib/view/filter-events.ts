/** What narrows the explorer's events, besides the time window. */
export interface EventFilter {
  /** Visible lanes; an event in a hidden lane is not shown. */
  lanes: readonly string[];
  /** Show only events these experts' annotations anchor (empty: no expert filter). */
  experts: readonly string[];
  actor: string | null;
  tag: string | null;
  hideAfter: boolean;
}

interface Filterable {
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

/** Keeps the events that pass every filter, in input order. */
export function filterEvents<T extends Filterable>(events: readonly T[], filter: EventFilter, notes: readonly AnchoredNote[], asOfMs: number): T[] {
  const lanes = new Set(filter.lanes);
  const anchored = getExpertEventIds(notes, filter.experts);
  return events.filter(
    (event) =>
      lanes.has(event.lane) &&
      (!anchored || anchored.has(event.id)) &&
      (!filter.actor || event.actors.includes(filter.actor)) &&
      (!filter.tag || event.tags.includes(filter.tag)) &&
      (!filter.hideAfter || event.start < asOfMs),
  );
}
