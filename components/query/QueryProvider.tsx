"use client";

import type { DehydratedState, QueryClient } from "@tanstack/react-query";
import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from "react";
import { createQueryHost, type QueryHost, type QueryRuntime } from "./query-host";

const QueryHostContext = createContext<QueryHost | null>(null);

const loadRuntime = () => import("./query-runtime").then((module) => module.createQueryRuntime());

interface QueryProviderProps {
  /** The answers the server computed for this page (its window, search, selected event). */
  state?: DehydratedState;
  /** A runtime already made (a previewed file's, which answers its queries in the browser); read once: key the provider by it. */
  runtime?: QueryRuntime;
  children: ReactNode;
}

/**
 * The explorer's queries for one page (one client per browser session; the server makes its own per
 * request). The query library loads once the page has hydrated; until then the server's answers are read
 * as they are (see useQuery).
 */
export function QueryProvider({ state, runtime, children }: QueryProviderProps) {
  const [host] = useState(() => createQueryHost(loadRuntime, runtime ?? null));
  if (state) host.absorb(state);
  useEffect(() => {
    let live = true;
    let mounted: QueryClient | null = null;
    void host.ready().then((loaded) => {
      if (!live) return;
      mounted = loaded.client;
      mounted.mount();
    });
    return () => {
      live = false;
      mounted?.unmount();
    };
  }, [host]);
  return <QueryHostContext.Provider value={host}>{children}</QueryHostContext.Provider>;
}

export function useQueryHost(): QueryHost {
  const host = useContext(QueryHostContext);
  if (!host) throw new Error("useQuery needs a QueryProvider above it");
  return host;
}

const noRuntime = () => null;

/** The loaded query runtime (its client), or null until it has loaded. */
export function useQueryRuntime(): QueryRuntime | null {
  const host = useQueryHost();
  return useSyncExternalStore(host.subscribe, host.getRuntime, noRuntime);
}
