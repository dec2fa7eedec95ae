"use client";

import type { Expert } from "@/lib/schema";
import type { TimeDomain } from "@/lib/time/scale";
import type { NoteAnchor } from "@/lib/view/explorer-data";

interface CommentaryOverviewProps {
  experts: readonly Expert[];
  notes: readonly NoteAnchor[];
  /** Expert filter; empty means all. */
  chosen: readonly string[];
  selectedNoteId: string | null;
  onChooseExperts: (ids: string[]) => void;
  onSelectNote: (id: string) => void;
  domain: TimeDomain;
}

/** Who said what, as the editor's headlines grouped by expert; a headline opens its event and quote. */
export function CommentaryOverview({ experts, notes, chosen, selectedNoteId, onChooseExperts, onSelectNote, domain }: CommentaryOverviewProps) {
  const toggle = (id: string) => onChooseExperts(chosen.includes(id) ? chosen.filter((c) => c !== id) : [...chosen, id]);
  const shown = chosen.length > 0 ? experts.filter((expert) => chosen.includes(expert.id)) : experts;
  const inWindow = (note: NoteAnchor) => (note.range ? note.range[1] > domain[0] && note.range[0] < domain[1] : note.at >= domain[0] && note.at < domain[1]);
  return (
    <div className="commentary">
      <p className="pane-hint">Headlines are the editor&rsquo;s summaries; select one to read the expert&rsquo;s own words beside its event.</p>
      <div className="expert-filter" role="group" aria-label="Show only events these experts discuss">
        {experts.map((expert) => (
          <button key={expert.id} type="button" className="chip" aria-pressed={chosen.includes(expert.id)} onClick={() => toggle(expert.id)}>
            {expert.name}
          </button>
        ))}
        {chosen.length > 0 && (
          <button type="button" className="link-button" onClick={() => onChooseExperts([])}>
            All experts
          </button>
        )}
      </div>
      {shown.map((expert) => {
        const own = notes.filter((note) => note.expertId === expert.id).sort((a, b) => Number(inWindow(b)) - Number(inWindow(a)) || a.at - b.at);
        return (
          <section key={expert.id} className="expert-group" aria-labelledby={`expert-${expert.id}`} data-expert-id={expert.id}>
            <h3 id={`expert-${expert.id}`}>
              {expert.name} <span className="expert-role">{expert.role}, {expert.institution}</span>
            </h3>
            {own.length === 0 ? <p className="empty">No commentary.</p> : <NoteList notes={own} experts={experts} selectedNoteId={selectedNoteId} onSelectNote={onSelectNote} inWindow={inWindow} />}
          </section>
        );
      })}
    </div>
  );
}

export function NoteList({ notes, experts, selectedNoteId, onSelectNote, inWindow, withName }: { notes: readonly NoteAnchor[]; experts: readonly Expert[]; selectedNoteId: string | null; onSelectNote: (id: string) => void; inWindow?: (note: NoteAnchor) => boolean; withName?: boolean }) {
  return (
    <ul className="note-headlines">
      {notes.map((note) => (
        <li key={note.id} data-annotation-id={note.id} className={inWindow && !inWindow(note) ? "is-outside" : undefined}>
          <button type="button" className="note-headline" aria-pressed={note.id === selectedNoteId} onClick={() => onSelectNote(note.id)}>
            {/* One run of text: a narrow list wraps between words, never inside a name. */}
            <span className="note-text">
              {withName && <strong>{experts.find((e) => e.id === note.expertId)?.name.split(" ").at(-1)}: </strong>}
              {note.headline}
            </span>
            <span className="note-when" title="When the commentary was written">{note.written}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
