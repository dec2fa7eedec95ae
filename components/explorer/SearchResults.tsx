"use client";

import type { SearchResponse } from "@/lib/search/run-search";
import type { TimeDomain } from "@/lib/time/scale";
import type { Emitter } from "@/lib/view/emitter";
import { ResultRow } from "./ResultRow";

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
  /** Opens an expert note beside its event. */
  onSelectNote: (id: string, eventIds: readonly string[]) => void;
  selectedNoteId: string | null;
}

const FIELD_LABEL = { title: "title", actors: "actors", tags: "tags", summary: "summary" } as const;
const NOTE_FIELD_LABEL = { headline: "headline", expert: "expert", theme: "theme", quote: "the quote" } as const;

/** Search hits with the matching words marked; each jumps to its event. */
export function SearchResults({ q, response, isError, lanes, selectedId, suggestions, onSearch, hover, onJump, onSelectNote, selectedNoteId }: SearchResultsProps) {
  if (!q)
    return (
      <>
        <p className="empty">Type in the search box to find events by title, summary, actor or tag, and expert notes by their words.</p>
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
  if (response.results.length === 0 && response.notes.results.length === 0) return <p className="empty">Nothing matches “{q}” with the current filters.</p>;
  const laneById = new Map(lanes.map((lane) => [lane.id, lane]));
  return (
    <>
    {response.results.length === 0 ? (
      <p className="empty">No events match “{q}” with the current filters.</p>
    ) : (
    <ol className="search-results" aria-label={`Events matching ${q}`}>
      {response.results.map((result) => {
        const lane = laneById.get(result.lane);
        return (
          <ResultRow
            key={result.id}
            data={{ "data-event-id": result.id }}
            title={result.title}
            snippet={result.snippet}
            matchedIn={result.field === "title" ? null : FIELD_LABEL[result.field]}
            meta={
              <>
                <span className="swatch" style={{ background: lane?.colour }} aria-hidden="true" />
                {result.dateLabel} · {lane?.label ?? result.lane}
              </>
            }
            selected={result.id === selectedId}
            onActivate={() => onJump(result.id, [result.start, result.end])}
            onHover={(on) => hover.set(on ? result.id : null)}
          />
        );
      })}
    </ol>
    )}
    {response.notes.results.length > 0 && (
      <>
        <h3 className="search-results-heading" id="search-notes-heading">
          Expert notes <span className="muted">{response.notes.total}</span>
        </h3>
        <ol className="search-notes" aria-labelledby="search-notes-heading">
          {response.notes.results.map((note) => (
            <ResultRow
              key={note.id}
              data={{ "data-annotation-id": note.id }}
              title={note.headline}
              snippet={note.snippet}
              matchedIn={note.field === "headline" ? null : NOTE_FIELD_LABEL[note.field]}
              meta={<>{note.expertName} · written {note.written}</>}
              selected={note.id === selectedNoteId}
              onActivate={() => onSelectNote(note.id, note.eventIds)}
            />
          ))}
        </ol>
      </>
    )}
    </>
  );
}
