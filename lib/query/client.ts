import { QueryClient } from "@tanstack/react-query";

/** The data set changes only on deploy, so answers stay fresh for a while and are not refetched on focus. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { staleTime: 5 * 60_000, refetchOnWindowFocus: false, retry: 1 } },
  });
}
