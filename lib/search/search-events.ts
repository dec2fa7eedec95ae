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

type Searchable = Pick<TimelineEvent, "id" | "title" | "summary" | "actors" | "tags">;

function fieldText(event: Searchable, field: SearchField): string {
  if (field === "actors") return event.actors.join(", ");
  if (field === "tags") return event.tags.join(", ");
  return event[field];
}

function isWordStart(text: string, index: number): boolean {
  return index === 0 || !/[\p{L}\p{N}]/u.test(text.charAt(index - 1));
}

/** Scores one event against the query's terms; null unless every term occurs somewhere. */
export function scoreEvent(event: Searchable, terms: readonly string[], phrase: string): SearchHit | null {
  let score = 0;
  let best: { field: SearchField; index: number; length: number; weight: number } | null = null;
  for (const term of terms) {
    let found = false;
    for (const field of FIELDS) {
      const text = foldText(fieldText(event, field));
      const index = text.indexOf(term);
      if (index < 0) continue;
      found = true;
      const weight = WEIGHT[field] * (isWordStart(text, index) ? 1.5 : 1);
      score += weight;
      if (!best || weight > best.weight) best = { field, index, length: term.length, weight };
    }
    if (!found) return null;
  }
  if (!best) return null;
  if (terms.length > 1 && foldText(event.title).includes(phrase)) score += 10;
  const text = fieldText(event, best.field);
  return { id: event.id, field: best.field, snippet: createSnippet(text, best.index, best.length), score };
}

/**
 * Full-text search over titles, actors, tags and summaries, case- and diacritic-insensitive.
 * Every word must match; results are ranked by score, then by date order of the input, and capped.
 */
export function searchEvents(events: readonly Searchable[], query: string, limit = 50): SearchHit[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const phrase = foldText(query.trim()).replace(/\s+/g, " ");
  const hits: (SearchHit & { order: number })[] = [];
  events.forEach((event, order) => {
    const hit = scoreEvent(event, terms, phrase);
    if (hit) hits.push({ ...hit, order });
  });
  hits.sort((a, b) => b.score - a.score || a.order - b.order);
  return hits.slice(0, limit).map(({ id, field, snippet, score }) => ({ id, field, snippet, score }));
}
