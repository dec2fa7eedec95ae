"use client";

import { useCallback } from "react";
import type { Expert } from "@/lib/schema";
import type { ExplorerNote } from "@/lib/view/explorer-data";
import type { Emitter } from "@/lib/view/emitter";
import { useHovered } from "./useHovered";

interface CommentaryPanelProps {
  experts: readonly Expert[];
  notes: readonly ExplorerNote[];
  /** Expert filter; empty means all. */
  chosen: readonly string[];
  selectedEventId: string | null;
  selectedNoteId: string | null;
  hover: Emitter<string | null>;
  onChooseExperts: (ids: string[]) => void;
  onSelectNote: (id: string) => void;
}

function NoteCard({ note, onEvent, selected, hover, onSelect }: { note: ExplorerNote; onEvent: boolean; selected: boolean; hover: Emitter<string | null>; onSelect: (id: string) => void }) {
  const isLit = useCallback((id: string | null) => id !== null && note.eventIds.includes(id), [note.eventIds]);
  const lit = useHovered(hover, isLit);
  const classes = ["note", onEvent && "on-event", selected && "is-selected", lit && "is-lit"].filter(Boolean).join(" ");
  return (
    <li className={classes} data-annotation-id={note.id}>
      {onEvent && <span className="note-badge">On the selected event</span>}
      <blockquote>{note.quote}</blockquote>
      <div className="note-foot">
        <span className="muted">{note.theme}</span>
        <button type="button" className="tool-button small" aria-pressed={selected} onClick={() => onSelect(note.id)}>
          Show on timeline<span className="visually-hidden">: {note.excerpt}</span>
        </button>
      </div>
    </li>
  );
}

/** Every annotation grouped by expert, filterable by expert; the selected event's notes come first. */
export function CommentaryPanel({ experts, notes, chosen, selectedEventId, selectedNoteId, hover, onChooseExperts, onSelectNote }: CommentaryPanelProps) {
  const toggle = (id: string) => onChooseExperts(chosen.includes(id) ? chosen.filter((c) => c !== id) : [...chosen, id]);
  const onEvent = (note: ExplorerNote) => selectedEventId !== null && note.eventIds.includes(selectedEventId);
  const speaks = (expertId: string) => notes.some((note) => note.expertId === expertId && onEvent(note));
  const filtered = chosen.length > 0 ? experts.filter((expert) => chosen.includes(expert.id)) : experts;
  const shown = [...filtered.filter((e) => speaks(e.id)), ...filtered.filter((e) => !speaks(e.id))];
  return (
    <div className="commentary">
      <div className="expert-filter" role="group" aria-label="Filter by expert">
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
        const own = notes.filter((note) => note.expertId === expert.id);
        const ordered = [...own.filter(onEvent), ...own.filter((note) => !onEvent(note))];
        return (
          <section key={expert.id} className="expert-group" aria-labelledby={`expert-${expert.id}`} data-expert-id={expert.id}>
            <h3 id={`expert-${expert.id}`}>
              {expert.name} <span className="expert-role">{expert.role}, {expert.institution}</span>
            </h3>
            <ul className="notes">
              {ordered.map((note) => (
                <NoteCard key={note.id} note={note} onEvent={onEvent(note)} selected={note.id === selectedNoteId} hover={hover} onSelect={onSelectNote} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
