import type { IndexedDataset } from "../data/index-dataset";
import type { Source } from "../schema";

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

export function getNoteDetails(data: IndexedDataset, ids: readonly string[]): NoteDetail[] {
  const wanted = new Set(ids);
  // Note ids are unique across snapshots: a quote is found whichever snapshot is shown.
  return data.allAnnotations
    .filter((note) => wanted.has(note.id))
    .map((note) => {
      const expert = data.expertById.get(note.expert);
      return {
        id: note.id,
        quote: note.quote,
        headline: note.headline ?? note.theme,
        theme: note.theme,
        expert: { id: note.expert, name: expert?.name ?? note.expert, role: expert?.role ?? "", institution: expert?.institution ?? "" },
        source: note.source,
        eventIds: note.anchors.events,
      };
    });
}
