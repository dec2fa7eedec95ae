import type { IndexedDataset } from "../data/index-dataset";
import type { Annotation, Source } from "../schema";

/** An annotation in full: the verbatim quote, who said it, where. */
export interface NoteDetail {
  id: string;
  quote: string;
  headline: string;
  theme: string;
  expert: { id: string; name: string; role: string; institution: string };
  source: Source;
  eventIds: string[];
}

/** A note's headline wherever it is listed: the editor's headline, else its theme (the headline is optional). */
export function noteHeadline(note: Pick<Annotation, "headline" | "theme">): string {
  return note.headline ?? note.theme;
}

/** Who a note is by, as it is credited beside the quote; an expert the set does not list reads as the id. */
export function noteExpert(data: Pick<IndexedDataset, "expertById">, expertId: string): NoteDetail["expert"] {
  const expert = data.expertById.get(expertId);
  return { id: expertId, name: expert?.name ?? expertId, role: expert?.role ?? "", institution: expert?.institution ?? "" };
}

export function getNoteDetails(data: IndexedDataset, ids: readonly string[]): NoteDetail[] {
  const wanted = new Set(ids);
  // Note ids are unique across snapshots: a quote is found whichever snapshot is shown.
  return data.allAnnotations
    .filter((note) => wanted.has(note.id))
    .map((note) => ({
      id: note.id,
      quote: note.quote,
      headline: noteHeadline(note),
      theme: note.theme,
      expert: noteExpert(data, note.expert),
      source: note.source,
      eventIds: note.anchors.events,
    }));
}
