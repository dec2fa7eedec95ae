import type { IndexedDataset } from "../data/index-dataset";
import { sharedWeakMap } from "../data/memo";
import type { Annotation } from "../schema";
import { noteExpert, noteHeadline } from "../view/note-detail";
import { noteWritten } from "../view/note-written";
import { foldText, queryTerms } from "./fold";
import { matchFields } from "./search-events";
import { createSnippet, type Snippet } from "./snippet";

export type NoteField = "headline" | "expert" | "theme" | "quote";

const WEIGHT: Record<NoteField, number> = { headline: 8, expert: 5, theme: 4, quote: 2 };
const FIELDS: NoteField[] = ["headline", "expert", "theme", "quote"];

/** An expert note that matches: what the reading pane lists, and enough to open it beside its event. */
export interface NoteHit {
  id: string;
  headline: string;
  expertId: string;
  expertName: string;
  /** When the commentary was written ("April 2025"). */
  written: string;
  eventIds: string[];
  field: NoteField;
  snippet: Snippet;
}

const foldedByNote = sharedWeakMap<Annotation, Record<NoteField, string>>("search-folded-notes");

function texts(data: IndexedDataset, note: Annotation): Record<NoteField, string> {
  return { headline: noteHeadline(note), expert: noteExpert(data, note.expert).name, theme: note.theme, quote: note.quote };
}

/** Full-text search over the expert notes (headline, expert, theme and the quote itself), ranked like events. */
export function searchNotes(data: IndexedDataset, notes: readonly Annotation[], query: string, limit = 20): { total: number; hits: NoteHit[] } {
  const terms = queryTerms(query);
  if (terms.length === 0) return { total: 0, hits: [] };
  const phrase = foldText(query.trim()).replace(/\s+/g, " ");
  const matches = notes.flatMap((note, order) => {
    let folded = foldedByNote.get(note);
    if (!folded) {
      const raw = texts(data, note);
      folded = { headline: foldText(raw.headline), expert: foldText(raw.expert), theme: foldText(raw.theme), quote: foldText(raw.quote) };
      foldedByNote.set(note, folded);
    }
    const match = matchFields(folded, FIELDS, WEIGHT, terms, phrase, "headline");
    return match ? [{ note, order, ...match }] : [];
  });
  matches.sort((a, b) => b.score - a.score || a.order - b.order);
  return {
    total: matches.length,
    hits: matches.slice(0, limit).map(({ note, field, index, length }) => {
      const raw = texts(data, note);
      return {
        id: note.id,
        headline: raw.headline,
        expertId: note.expert,
        expertName: raw.expert,
        written: noteWritten(data, note).label,
        eventIds: note.anchors.events,
        field,
        snippet: createSnippet(raw[field], index, length),
      };
    }),
  };
}
