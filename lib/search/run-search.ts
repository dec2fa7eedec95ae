import type { IndexedDataset } from "../data/index-dataset";
import { formatEventDate } from "../time/format";
import { filterEvents } from "../view/filter-events";
import type { SearchParams } from "./params";
import { rankEvents, type SearchField } from "./search-events";
import { searchNotes, type NoteHit } from "./search-notes";
import type { Snippet } from "./snippet";

export interface SearchResult {
  id: string;
  title: string;
  dateLabel: string;
  lane: string;
  /** The event's interval in UTC ms, so a jump can bring an event into view that the client does not hold. */
  start: number;
  end: number;
  field: SearchField;
  snippet: Snippet;
}

export interface SearchResponse {
  q: string;
  /** Matches before the cap. */
  total: number;
  results: SearchResult[];
  /** The expert notes that match (of the chosen experts, when the view names some). */
  notes: { total: number; results: NoteHit[] };
}

/** Searches the events that pass the explorer's filters; what GET /api/search answers. */
export function runSearch(data: IndexedDataset, params: SearchParams): SearchResponse {
  // The events themselves go to the search (not copies), so their folded text is computed once per data set.
  const candidates = filterEvents(
    data.events.map((event) => ({ event, id: event.id, lane: event.lane, actors: event.actors, tags: event.tags, start: data.intervalById.get(event.id)![0] })),
    {
      lanes: params.lanes ?? data.lanes.map((lane) => lane.id),
      experts: params.expert ?? [],
      actor: params.actor ?? null,
      tag: params.tag ?? null,
      hideAfter: params.after === "hide",
      // The words are what this search ranks by, not a filter of its candidates.
      q: "",
    },
    data.annotations.map((note) => ({ expertId: note.expert, eventIds: note.anchors.events })),
    data.snapshotMs,
  );
  const { total, hits } = rankEvents(
    candidates.map((candidate) => candidate.event),
    params.q,
    params.limit,
  );
  const experts = params.expert?.length ? new Set(params.expert) : null;
  const notes = searchNotes(data, experts ? data.annotations.filter((note) => experts.has(note.expert)) : data.annotations, params.q);
  return {
    q: params.q,
    notes: { total: notes.total, results: notes.hits },
    total,
    results: hits.map((hit) => {
      const event = data.eventById.get(hit.id)!;
      const [start, end] = data.intervalById.get(hit.id)!;
      return { id: hit.id, title: event.title, dateLabel: formatEventDate(event), lane: event.lane, start, end, field: hit.field, snippet: hit.snippet };
    }),
  };
}
