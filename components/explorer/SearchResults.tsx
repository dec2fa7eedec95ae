"use client";

import type { ChartLane } from "@/components/chart/types";
import type { SearchResponse } from "@/lib/search/run-search";

interface SearchResultsProps {
  q: string;
  response: SearchResponse | undefined;
  isError: boolean;
  lanes: readonly ChartLane[];
  selectedId: string | null;
  onJump: (id: string) => void;
}

const FIELD_LABEL = { title: "title", actors: "actors", tags: "tags", summary: "summary" } as const;

/** Search hits with the matching words marked; each jumps to its event. */
export function SearchResults({ q, response, isError, lanes, selectedId, onJump }: SearchResultsProps) {
  if (!q) return <p className="empty">Type in the search box to find events by title, summary, actor or tag.</p>;
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
            <button type="button" className="result-button" onClick={() => onJump(result.id)} aria-current={result.id === selectedId ? "true" : undefined}>
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
