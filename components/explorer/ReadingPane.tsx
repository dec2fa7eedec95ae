"use client";

import { EventDetailPanel } from "@/components/events/EventDetailPanel";
import type { SearchResponse } from "@/lib/search/run-search";
import type { TimeDomain } from "@/lib/time/scale";
import type { Emitter } from "@/lib/view/emitter";
import type { ExplorerData, NoteAnchor } from "@/lib/view/explorer-data";
import type { ViewState } from "@/lib/view/view-state";
import { useEffect, useRef } from "react";
import { CommentaryOverview, NoteList } from "./CommentaryOverview";
import { PaneSection } from "./PaneSection";
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
  onSelectNote: (id: string, eventIds?: readonly string[]) => void;
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
  const highlighted = shownNotes ? notes.filter((note) => shownNotes.includes(note.id)) : [];
  const notesHeading = useRef<HTMLHeadingElement>(null);
  // "+N notes" answers where the eye is: the list comes into view and takes focus (on a phone, in the sheet).
  useEffect(() => {
    if (!shownNotes) return;
    notesHeading.current?.scrollIntoView({ block: "nearest" });
    notesHeading.current?.focus({ preventScroll: true });
  }, [shownNotes]);
  const className = ["reading-pane", open && "is-open", view.q && "has-results", highlighted.length > 0 && "has-notes"].filter(Boolean).join(" ");
  return (
    <aside className={className} aria-label="Reading pane">
      {highlighted.length > 0 && (
        <PaneSection id="pane-notes-heading" className="notes-more" title="Notes without room on the figure at this zoom" closeLabel="Close the list of notes without room" onClose={onCloseNotes} headingRef={notesHeading}>
          <NoteList notes={highlighted} experts={data.experts} selectedNoteId={view.note} onSelectNote={onSelectNote} withName />
        </PaneSection>
      )}
      {view.q && (
        <PaneSection id="pane-results-heading" className="pane-results" title="Search results" closeLabel="Clear the search" onClose={() => onSearch("")}>
          <SearchResults q={view.q} response={results} isError={searchError} lanes={data.lanes} selectedId={view.event} suggestions={[]} onSearch={onSearch} hover={hover} onJump={onJump} onSelectNote={onSelectNote} selectedNoteId={view.note} />
        </PaneSection>
      )}
      {open ? (
        <PaneSection id="pane-detail-heading" className="pane-detail" title="Selected event" closeLabel="Close the selected event" onClose={onClose}>
          <EventDetailPanel id={view.event} snapshot={view.snapshot} experts={data.hasCommentary ? data.experts : []} selectedNoteId={view.note} onSelect={onJump} />
        </PaneSection>
      ) : !data.hasCommentary ? (
        <section className="pane-section" aria-label="How to read an event">
          <p className="empty">Select an event on the timeline, in the list or in the search results to read its details and sources.</p>
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
            onChooseExperts={onChooseExperts}
            onSelectNote={onSelectNote}
            domain={view.domain}
          />
        </section>
      )}
    </aside>
  );
}
