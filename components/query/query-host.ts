import type { DehydratedState, QueryClient, QueryObserver, notifyManager } from "@tanstack/react-query";

/** The query library, once loaded: a client holding the page's answers, and what useQuery needs to observe it. */
export interface QueryRuntime {
  client: QueryClient;
  QueryObserver: typeof QueryObserver;
  notifyManager: typeof notifyManager;
  hydrate(state: DehydratedState): void;
}

/**
 * Where a page's queries are answered. Until the query library has loaded (after hydration: it is not
 * first-load script), the answers the server put in the page (`absorb`) are read by key, so the first render
 * in the browser is the server's; then every query goes through the loaded client, which holds the same
 * answers.
 */
export interface QueryHost {
  /** The page's answers, as the server dehydrated them (again after a navigation that re-renders the page). */
  absorb(state: DehydratedState): void;
  /** A successful answer the page holds for a query hash. */
  seeded(hash: string): { data: unknown } | undefined;
  subscribe(listener: () => void): () => void;
  getRuntime(): QueryRuntime | null;
  /** Loads the query library (once) and resolves with the runtime. */
  ready(): Promise<QueryRuntime>;
}

export function createQueryHost(load: () => Promise<QueryRuntime>, runtime: QueryRuntime | null = null): QueryHost {
  const seed = new Map<string, { data: unknown }>();
  const absorbed: DehydratedState[] = [];
  const listeners = new Set<() => void>();
  let current = runtime;
  let loading: Promise<QueryRuntime> | null = runtime ? Promise.resolve(runtime) : null;
  return {
    absorb(state) {
      if (absorbed.includes(state)) return;
      absorbed.push(state);
      for (const query of state.queries) if (query.state.status === "success" && query.state.data !== undefined) seed.set(query.queryHash, { data: query.state.data });
      current?.hydrate(state);
    },
    seeded: (hash) => seed.get(hash),
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    getRuntime: () => current,
    ready() {
      loading ??= load().then((loaded) => {
        for (const state of absorbed) loaded.hydrate(state);
        current = loaded;
        for (const listener of listeners) listener();
        return loaded;
      });
      return loading;
    },
  };
}
