"use client";

import type { SearchResponse } from "@/lib/search/run-search";
import type { TimeDomain } from "@/lib/time/scale";
import type { Emitter } from "@/lib/view/emitter";

type ChartLane = { id: string; label: string; colour: string };

interface SearchResultsProps {
  q: string;
  response: SearchResponse | undefined;
  isError: boolean;
  lanes: readonly ChartLane[];
  selectedId: string | null;
  /** Frequent tags offered as one-click searches while the box is empty. */
  suggestions: readonly string[];
  onSearch: (q: string) => void;
  hover: Emitter<string | null>;
  onJump: (id: string, interval: TimeDomain) => void;
}

const FIELD_LABEL = { title: "title", actors: "actors", tags: "tags", summary: "summary" } as const;

/** Search hits with the matching words marked; each jumps to its event. */
export function SearchResults({ q, response, isError, lanes, selectedId, suggestions, onSearch, hover, onJump }: SearchResultsProps) {
  if (!q)
    return (
      <>
        <p className="empty">Type in the search box to find events by title, summary, actor or tag.</p>
        {suggestions.length > 0 && (
          <p className="suggestions">
            <span className="muted">Try:</span>
            {suggestions.map((term) => (
              <button key={term} type="button" className="chip" onClick={() => onSearch(term)}>
                {term}
              </button>
            ))}
          </p>
        )}
      </>
    );
  if (isError) return <p className="error" role="alert">Search failed. Try again.</p>;
  if (!response) return <p className="empty" aria-busy="true">Searching…</p>;
  if (response.results.length === 0) return <p className="empty">No events match “{q}” with the current filters.</p>;
  const laneById = new Map(lanes.map((lane) => [lane.id, lane]));
  return (
    <ol className="search-results" aria-label={`Search results for ${q}`}>
      {response.results.map((result) => {
        const lane = laneById.get(result.lane);
        return (
          <li key={result.id} data-event-id={result.id} className={result.id === selectedId ? "is-selected" : undefined}>
            <button
              type="button"
              className="result-button"
              onClick={() => onJump(result.id, [result.start, result.end])}
              onMouseEnter={() => hover.set(result.id)}
              onMouseLeave={() => hover.set(null)}
              onFocus={() => hover.set(result.id)}
              onBlur={() => hover.set(null)} aria-current={result.id === selectedId ? "true" : undefined}>
              <span className="result-title">{result.title}</span>
              <span className="result-meta">
                <span className="swatch" style={{ background: lane?.colour }} aria-hidden="true" />
                {result.dateLabel} · {lane?.label ?? result.lane}
                {result.field !== "title" && <> · in {FIELD_LABEL[result.field]}</>}
              </span>
              <span className="result-snippet">
                {result.snippet.before}
                <mark>{result.snippet.match}</mark>
                {result.snippet.after}
              </span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
