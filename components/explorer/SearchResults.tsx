"use client";

import type { SearchResponse } from "@/lib/search/run-search";
import type { Snippet } from "@/lib/search/snippet";
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
          <li key={result.id} data-event-id={result.id} className={result.id === selectedId ? "is-selected" : undefined}>
            <button
              type="button"
              className="result-button"
              onClick={() => onJump(result.id, [result.start, result.end])}
              onMouseEnter={() => hover.set(result.id)}
              onMouseLeave={() => hover.set(null)}
              onFocus={() => hover.set(result.id)}
              onBlur={() => hover.set(null)}
              aria-current={result.id === selectedId ? "true" : undefined}>
              <Title text={result.title} snippet={result.field === "title" ? result.snippet : null} />
              <span className="result-meta">
                <span className="swatch" style={{ background: lane?.colour }} aria-hidden="true" />
                {result.dateLabel} · {lane?.label ?? result.lane}
                {result.field !== "title" && <> · in {FIELD_LABEL[result.field]}</>}
              </span>
              {!marksWhole(result.title, result.field === "title" ? result.snippet : null) && <SnippetText snippet={result.snippet} />}
            </button>
          </li>
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
            <li key={note.id} data-annotation-id={note.id} className={note.id === selectedNoteId ? "is-selected" : undefined}>
              <button type="button" className="result-button" onClick={() => onSelectNote(note.id, note.eventIds)} aria-current={note.id === selectedNoteId ? "true" : undefined}>
                <Title text={note.headline} snippet={note.field === "headline" ? note.snippet : null} />
                <span className="result-meta">
                  {note.expertName} · written {note.written}
                  {note.field !== "headline" && <> · in {NOTE_FIELD_LABEL[note.field]}</>}
                </span>
                {!marksWhole(note.headline, note.field === "headline" ? note.snippet : null) && <SnippetText snippet={note.snippet} />}
              </button>
            </li>
          ))}
        </ol>
      </>
    )}
    </>
  );
}

/** A hit's text around the words that matched, the match marked. */
function SnippetText({ snippet }: { snippet: Snippet }) {
  return (
    <span className="result-snippet">
      <Marked snippet={snippet} />
    </span>
  );
}

function Marked({ snippet }: { snippet: Snippet }) {
  return (
    <>
      {snippet.before}
      <mark>{snippet.match}</mark>
      {snippet.after}
    </>
  );
}

/** Whether a snippet is the whole title: then the title carries the mark, and no line repeats it beneath. */
function marksWhole(title: string, snippet: Snippet | null): snippet is Snippet {
  return snippet !== null && `${snippet.before}${snippet.match}${snippet.after}` === title;
}

/** A hit's title, the match marked in it when the title is what matched. */
function Title({ text, snippet }: { text: string; snippet: Snippet | null }) {
  return <span className="result-title">{marksWhole(text, snippet) ? <Marked snippet={snippet} /> : text}</span>;
}
