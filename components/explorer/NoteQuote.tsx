"use client";

import { useQuery } from "@/components/query/useQuery";
import { notesQueryOptions } from "@/lib/query/notes";

/** A note's verbatim quote and who said it, fetched when first asked for (a hover, a focus, a click). */
export function NoteQuote({ id }: { id: string }) {
  const query = useQuery(notesQueryOptions([id]));
  const note = query.data?.[0];
  if (!note) return <span aria-busy="true">{query.isError ? "Could not load the quote." : "Loading the quote…"}</span>;
  return (
    <>
      <span className="note-quote-headline">{note.headline}</span>
      <q className="note-quote-text">{note.quote}</q>
      <span className="note-quote-who">
        {note.expert.name}, {note.expert.role}, {note.expert.institution}
      </span>
    </>
  );
}
