import { queryOptions } from "@tanstack/react-query";
import type { NoteDetail } from "../view/note-detail";
import { fetchJson } from "./fetch-json";

/** The quotes of some annotations (GET /api/notes), asked for when a person hovers, focuses or opens them. */
export function notesQueryOptions(ids: readonly string[]) {
  const key = [...ids].sort().join(",");
  return queryOptions({
    queryKey: ["notes", key] as const,
    queryFn: (context) => fetchJson<NoteDetail[]>(`/api/notes?ids=${encodeURIComponent(key)}`, context),
    enabled: key.length > 0,
    staleTime: Infinity,
  });
}
