import { queryOptions } from "@tanstack/react-query";
import type { EventDetail } from "../view/event-detail";
import { fetchJson } from "./fetch-json";

/** One event with its links and commentary resolved (GET /api/events/[id]). */
export function eventQueryOptions(id: string) {
  return queryOptions({
    queryKey: ["event", id] as const,
    queryFn: (context) => fetchJson<EventDetail>(`/api/events/${encodeURIComponent(id)}`, context),
  });
}
