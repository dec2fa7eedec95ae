import { queryOptions } from "@tanstack/react-query";
import type { EventDetail } from "../view/event-detail";
import { fetchJson } from "./fetch-json";

/** One event with its links and commentary resolved (GET /api/events/[id]); `snapshot`: an earlier snapshot's commentary. */
export function eventQueryOptions(id: string, snapshot: string | null = null) {
  return queryOptions({
    queryKey: ["event", id, snapshot ?? ""] as const,
    queryFn: (context) => fetchJson<EventDetail>(`/api/events/${encodeURIComponent(id)}${snapshot ? `?snapshot=${encodeURIComponent(snapshot)}` : ""}`, context),
  });
}
