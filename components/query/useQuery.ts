"use client";

import type { DefaultedQueryObserverOptions, DefaultError, QueryKey, QueryObserver, QueryObserverOptions, UseQueryOptions } from "@tanstack/react-query";
import { useCallback, useEffect, useState, useSyncExternalStore } from "react";
import { hashQueryKey } from "@/lib/query/hash-key";
import { keepPreviousData } from "@/lib/query/keep-previous";
import { useQueryHost, useQueryRuntime } from "./QueryProvider";
import type { QueryHost, QueryRuntime } from "./query-host";

interface Common {
  isFetching: boolean;
  isPlaceholderData: boolean;
}

/** What a query reads as: the fields of TanStack Query's result the explorer uses, narrowing the same way. */
export type QueryResult<TData, TError = DefaultError> = Common &
  (
    | { status: "success"; data: TData; error: null; isSuccess: true; isError: false; isPending: false }
    | { status: "error"; data: TData | undefined; error: TError; isSuccess: false; isError: true; isPending: false }
    | { status: "pending"; data: undefined; error: null; isSuccess: false; isError: false; isPending: true }
  );

type AnyOptions = QueryObserverOptions<unknown, unknown, unknown, unknown, QueryKey>;
type Defaulted = DefaultedQueryObserverOptions<unknown, unknown, unknown, unknown, QueryKey>;
type Observer = QueryObserver<unknown, unknown, unknown, unknown, QueryKey>;
type AnyResult = QueryResult<unknown, unknown>;

function pending(isFetching: boolean) {
  return { status: "pending", data: undefined, error: null, isSuccess: false, isError: false, isPending: true, isFetching, isPlaceholderData: false } as const;
}
const IDLE = pending(false);
const WAITING = pending(true);
const success = (data: unknown, isPlaceholderData: boolean): AnyResult => ({ status: "success", data, error: null, isSuccess: true, isError: false, isPending: false, isFetching: isPlaceholderData, isPlaceholderData });
const noop = () => {};

/**
 * One useQuery's state across renders: the last answer it showed (unselected), its last selection (an answer
 * is selected once, before and after the library loads, so the figure is not redrawn for it), and its observer.
 */
function createQueryMemory(host: QueryHost) {
  let raw: unknown;
  let selectFn: ((raw: unknown) => unknown) | undefined;
  let selected: { raw: unknown; select: unknown; value: unknown } | null = null;
  let observer: { runtime: QueryRuntime; observer: Observer } | null = null;
  const select = (data: unknown): unknown => {
    const fn = selectFn;
    if (!fn) return data;
    if (selected && selected.raw === data && selected.select === fn) return selected.value;
    selected = { raw: data, select: fn, value: fn(data) };
    return selected.value;
  };
  const keepSeen = (previous: unknown) => previous ?? raw;
  return {
    /** The library's options for this render (null before it has loaded), and its observer, made once. */
    prepare(options: AnyOptions, runtime: QueryRuntime | null): { defaulted: Defaulted; observer: Observer } | null {
      selectFn = options.select;
      if (!runtime) return null;
      const defaulted = runtime.client.defaultQueryOptions({
        ...options,
        select: options.select ? select : undefined,
        placeholderData: options.placeholderData === keepPreviousData ? keepSeen : options.placeholderData,
      });
      defaulted._optimisticResults = "optimistic";
      if (observer?.runtime !== runtime) observer = { runtime, observer: new runtime.QueryObserver(runtime.client, defaulted) };
      return { defaulted, observer: observer.observer };
    },
    /** The library's result, tracked as its useQuery tracks it (a change re-renders only if a field read changed). */
    observed(runtime: QueryRuntime, { defaulted, observer }: { defaulted: Defaulted; observer: Observer }): AnyResult {
      const result = observer.getOptimisticResult(defaulted);
      if (result.data !== undefined && !result.isPlaceholderData) raw = runtime.client.getQueryData(defaulted.queryKey);
      return (defaulted.notifyOnChangeProps ? result : observer.trackResult(result)) as AnyResult;
    },
    /** Before the library has loaded: the page's answer, else the last one kept (keepPreviousData), else waiting. */
    seeded(options: AnyOptions): AnyResult {
      if (options.enabled === false) return IDLE;
      const answer = host.seeded(hashQueryKey(options.queryKey));
      if (answer) raw = answer.data;
      else if (options.placeholderData !== keepPreviousData || raw === undefined) return WAITING;
      return success(select(raw), !answer);
    },
  };
}

/**
 * TanStack Query's `useQuery`, without loading TanStack Query first. Before the query library has loaded
 * (it loads once the page has hydrated), a query the server answered reads that answer, one with
 * `keepPreviousData` keeps the last answer, and any other waits; afterwards it is the library's own
 * QueryObserver, driven as its useQuery drives it (optimistic result, tracked fields, options set after
 * each render).
 */
export function useQuery<TQueryFnData = unknown, TError = DefaultError, TData = TQueryFnData, TQueryKey extends QueryKey = QueryKey>(
  options: UseQueryOptions<TQueryFnData, TError, TData, TQueryKey>,
): QueryResult<TData, TError> {
  const host = useQueryHost();
  const runtime = useQueryRuntime();
  const [memory] = useState(() => createQueryMemory(host));
  const given = options as unknown as AnyOptions;
  const prepared = memory.prepare(given, runtime);
  const observer = prepared?.observer ?? null;
  const subscribe = useCallback((onChange: () => void) => (observer && runtime ? observer.subscribe(runtime.notifyManager.batchCalls(onChange)) : noop), [observer, runtime]);
  const current = () => observer?.getCurrentResult() ?? null;
  useSyncExternalStore(subscribe, current, current);
  useEffect(() => {
    if (prepared) prepared.observer.setOptions(prepared.defaulted);
  }, [prepared]);
  return (prepared && runtime ? memory.observed(runtime, prepared) : memory.seeded(given)) as QueryResult<TData, TError>;
}

export { keepPreviousData };
