/**
 * `placeholderData` that keeps showing the last answer while the next key is fetched (TanStack Query's
 * `keepPreviousData`, as our own value so the page's first script need not load the library to name it).
 */
export function keepPreviousData<T>(previousData: T | undefined): T | undefined {
  return previousData;
}
