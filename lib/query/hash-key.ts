import type { QueryKey } from "@tanstack/react-query";

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  return proto === null || proto === Object.prototype;
}

/**
 * A query key as TanStack Query hashes it (its default `queryKeyHashFn`: JSON with plain objects' keys
 * sorted), so the page's answers can be found by key before the query library has loaded.
 */
export function hashQueryKey(queryKey: QueryKey): string {
  return JSON.stringify(queryKey, (_, value: unknown) =>
    isPlainObject(value)
      ? Object.keys(value)
          .sort()
          .reduce<Record<string, unknown>>((sorted, key) => {
            sorted[key] = value[key];
            return sorted;
          }, {})
      : value,
  );
}
