/** Something the cache holds, with its weight in bytes. */
export interface Sized {
  bytes: number;
}

export interface ResponseCache<T extends Sized> {
  get(key: string, now?: number): T | undefined;
  set(key: string, value: T, ttlMs?: number, now?: number): void;
  delete(key: string): void;
  clear(): void;
  readonly bytes: number;
  readonly size: number;
}

/**
 * Least-recently-used entries under a byte budget, each with an optional time to live. A value heavier
 * than `maxEntryBytes` is not kept at all, so one huge answer cannot flush everything else.
 */
export function createResponseCache<T extends Sized>({ maxBytes, maxEntryBytes }: { maxBytes: number; maxEntryBytes: number }): ResponseCache<T> {
  const entries = new Map<string, { value: T; expires: number }>();
  let bytes = 0;

  function remove(key: string) {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= entry.value.bytes;
  }

  return {
    get(key, now = Date.now()) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.expires <= now) {
        remove(key);
        return undefined;
      }
      // Map keeps insertion order: re-inserting marks the entry most recently used.
      entries.delete(key);
      entries.set(key, entry);
      return entry.value;
    },
    set(key, value, ttlMs = Infinity, now = Date.now()) {
      remove(key);
      if (value.bytes > maxEntryBytes || value.bytes > maxBytes) return;
      entries.set(key, { value, expires: now + ttlMs });
      bytes += value.bytes;
      for (const oldest of entries.keys()) {
        if (bytes <= maxBytes) break;
        remove(oldest);
      }
    },
    delete: remove,
    clear() {
      entries.clear();
      bytes = 0;
    },
    get bytes() {
      return bytes;
    },
    get size() {
      return entries.size;
    },
  };
}
