"use client";

import { EventDetailPanel } from "@/components/events/EventDetailPanel";
import type { SearchResponse } from "@/lib/search/run-search";
import type { TimeDomain } from "@/lib/time/scale";
import type { Emitter } from "@/lib/view/emitter";
import type { ExplorerData, NoteAnchor } from "@/lib/view/explorer-data";
import type { ViewState } from "@/lib/view/view-state";
import { CommentaryOverview } from "./CommentaryOverview";
import { SearchResults } from "./SearchResults";

interface ReadingPaneProps {
  data: ExplorerData;
  /** The notes of the loaded window (all of them for a small set). */
  notes: readonly NoteAnchor[];
  view: ViewState;
  results: SearchResponse | undefined;
  searchError: boolean;
  hover: Emitter<string | null>;
  /** Notes that found no room on the figure, opened from "+N notes". */
  shownNotes: string[] | null;
  onCloseNotes: () => void;
  onJump: (id: string, interval?: TimeDomain) => void;
  onSearch: (q: string) => void;
  onSelectNote: (id: string) => void;
  onChooseExperts: (ids: string[]) => void;
  onClose: () => void;
}

/**
 * The reading pane beside the figure (a sheet on a phone): search hits when there is a query, then the
 * selected event in full — date, summary, sources, and its commentary grouped by expert — or, with
 * nothing selected, who said what, as the editor's headlines. Each quote is on screen once.
 */
export function ReadingPane({ data, notes, view, results, searchError, hover, shownNotes, onCloseNotes, onJump, onSearch, onSelectNote, onChooseExperts, onClose }: ReadingPaneProps) {
  const open = view.event !== null;
  return (
    <aside className={open ? "reading-pane is-open" : "reading-pane"} aria-label="Reading pane">
      {view.q && (
        <section className="pane-section pane-results" aria-labelledby="pane-results-heading">
          <h2 id="pane-results-heading" className="pane-heading">
            Search results
          </h2>
          <SearchResults q={view.q} response={results} isError={searchError} lanes={data.lanes} selectedId={view.event} suggestions={[]} onSearch={onSearch} hover={hover} onJump={onJump} />
        </section>
      )}
      {open ? (
        <section className="pane-section pane-detail" aria-labelledby="pane-detail-heading">
          <div className="pane-heading-row">
            <h2 id="pane-detail-heading" className="pane-heading">
              Selected event
            </h2>
            <button type="button" className="pane-close" onClick={onClose} aria-label="Close the selected event">
              ×
            </button>
          </div>
          <EventDetailPanel id={view.event} snapshot={view.snapshot} experts={data.experts} selectedNoteId={view.note} onSelect={onJump} />
        </section>
      ) : (
        <section className="pane-section pane-commentary" aria-labelledby="pane-commentary-heading">
          <h2 id="pane-commentary-heading" className="pane-heading">
            Expert commentary
          </h2>
          <CommentaryOverview
            experts={data.experts}
            notes={notes}
            chosen={view.experts}
            selectedNoteId={view.note}
            highlight={shownNotes}
            onClearHighlight={onCloseNotes}
            onChooseExperts={onChooseExperts}
            onSelectNote={onSelectNote}
            domain={view.domain}
          />
        </section>
      )}
    </aside>
  );
}
