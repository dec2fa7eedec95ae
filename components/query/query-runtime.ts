import { hydrate, notifyManager, QueryObserver } from "@tanstack/react-query";
import { createQueryClient } from "@/lib/query/client";
import type { QueryRuntime } from "./query-host";

/** Imported after hydration (or when a file is previewed): TanStack Query is not first-load script. */
export function createQueryRuntime(): QueryRuntime {
  const client = createQueryClient();
  return { client, QueryObserver, notifyManager, hydrate: (state) => hydrate(client, state) };
}
