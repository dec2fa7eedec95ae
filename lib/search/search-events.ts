import { sharedWeakMap } from "../data/memo";
import type { TimelineEvent } from "../schema";
import { foldText, queryTerms } from "./fold";
import { createSnippet, type Snippet } from "./snippet";

export type SearchField = "title" | "actors" | "tags" | "summary";

export interface SearchHit {
  id: string;
  field: SearchField;
  snippet: Snippet;
  score: number;
}

/** Where a term hits weighs more than how often: a title hit beats a summary hit. */
const WEIGHT: Record<SearchField, number> = { title: 8, actors: 5, tags: 4, summary: 2 };
const FIELDS: SearchField[] = ["title", "actors", "tags", "summary"];

/** What a search reads of an event. */
export type Searchable = Pick<TimelineEvent, "id" | "title" | "summary"> & { actors: readonly string[]; tags: readonly string[] };

function fieldText(event: Searchable, field: SearchField): string {
  if (field === "actors") return event.actors.join(", ");
  if (field === "tags") return event.tags.join(", ");
  return event[field];
}

// Folding every field of 100,000 events took most of a search: each event's folded text is kept with it.
const foldedByEvent = sharedWeakMap<Searchable, Record<SearchField, string>>("search-folded");

function foldedFields(event: Searchable): Record<SearchField, string> {
  let folded = foldedByEvent.get(event);
  if (!folded) {
    folded = { title: foldText(event.title), actors: foldText(fieldText(event, "actors")), tags: foldText(fieldText(event, "tags")), summary: foldText(event.summary) };
    foldedByEvent.set(event, folded);
  }
  return folded;
}

function isWordStart(text: string, index: number): boolean {
  return index === 0 || !/[\p{L}\p{N}]/u.test(text.charAt(index - 1));
}

/** Where and how well an event matches, before any snippet is cut. */
export interface SearchMatch {
  event: Searchable;
  field: SearchField;
  index: number;
  length: number;
  score: number;
}

/**
 * Scores folded fields against the query's terms; null unless every term occurs in one of them. Where
 * a term hits weighs more than how often; a term at a word's start more than inside one.
 */
export function matchFields<F extends string>(folded: Readonly<Record<F, string>>, fields: readonly F[], weights: Readonly<Record<F, number>>, terms: readonly string[], phrase: string, phraseField: F) {
  let score = 0;
  let best: { field: F; index: number; length: number; weight: number } | null = null;
  for (const term of terms) {
    let found = false;
    for (const field of fields) {
      const text = folded[field];
      const index = text.indexOf(term);
      if (index < 0) continue;
      found = true;
      const weight = weights[field] * (isWordStart(text, index) ? 1.5 : 1);
      score += weight;
      if (!best || weight > best.weight) best = { field, index, length: term.length, weight };
    }
    if (!found) return null;
  }
  if (!best) return null;
  if (terms.length > 1 && folded[phraseField].includes(phrase)) score += 10;
  return { field: best.field, index: best.index, length: best.length, score };
}

/** Scores one event against the query's terms; null unless every term occurs somewhere. */
export function matchEvent(event: Searchable, terms: readonly string[], phrase: string): SearchMatch | null {
  const match = matchFields(foldedFields(event), FIELDS, WEIGHT, terms, phrase, "title");
  return match && { event, ...match };
}

function toHit({ event, field, index, length, score }: SearchMatch): SearchHit {
  return { id: event.id, field, snippet: createSnippet(fieldText(event, field), index, length), score };
}

/**
 * Full-text search over titles, actors, tags and summaries, case- and diacritic-insensitive.
 * Every word must match; results are ranked by score, then by date order of the input, and capped.
 * `total` counts every match; snippets are cut only for the ones returned.
 */
export function rankEvents(events: readonly Searchable[], query: string, limit = 50): { total: number; hits: SearchHit[] } {
  const terms = queryTerms(query);
  if (terms.length === 0) return { total: 0, hits: [] };
  const phrase = foldText(query.trim()).replace(/\s+/g, " ");
  const matches: (SearchMatch & { order: number })[] = [];
  events.forEach((event, order) => {
    const match = matchEvent(event, terms, phrase);
    if (match) matches.push(Object.assign(match, { order }));
  });
  matches.sort((a, b) => b.score - a.score || a.order - b.order);
  return { total: matches.length, hits: matches.slice(0, limit).map(toHit) };
}

/** The best `limit` hits of a search (see rankEvents). */
export function searchEvents(events: readonly Searchable[], query: string, limit = 50): SearchHit[] {
  return rankEvents(events, query, limit).hits;
}
