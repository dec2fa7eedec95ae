/** Something the cache holds, with its weight in bytes (all of it: body, compressed copy, headers). */
export interface Sized {
  bytes: number;
}

export interface SetOptions {
  /** Longest time the entry is served (default: until it is evicted or the cache emptied). */
  ttlMs?: number;
  /** The group the entry belongs to (the origin it was rendered for); at most `maxGroups` have entries at once. */
  group?: string;
  now?: number;
}

export interface ResponseCache<T extends Sized> {
  get(key: string, now?: number): T | undefined;
  /** False when the entry was not kept: too heavy, or its group would be one too many. */
  set(key: string, value: T, options?: SetOptions): boolean;
  /** The entry's weight changed (its compressed copy arrived): account for it, and evict to fit. */
  reweigh(key: string, value: T): void;
  delete(key: string): void;
  clear(): void;
  readonly bytes: number;
  readonly size: number;
  readonly groups: number;
}

interface Slot<T> {
  value: T;
  bytes: number;
  expires: number;
  group: string;
}

export interface CacheLimits {
  maxBytes: number;
  maxEntryBytes: number;
  /** Distinct groups with entries at once (default: no limit). */
  maxGroups?: number;
  /** The share of the budget for entries asked for more than once (default 0.8). */
  protectedShare?: number;
}

/**
 * A byte-bounded segmented LRU (SLRU). A new entry goes on probation; asked for again, it is
 * promoted to the protected segment, which holds up to `protectedShare` of the budget. Eviction
 * takes probation's least recently used first, so a flood of answers nobody asks for twice churns
 * probation alone and cannot flush the pages people keep coming back to. A value heavier than
 * `maxEntryBytes` is not kept at all.
 */
export function createResponseCache<T extends Sized>({ maxBytes, maxEntryBytes, maxGroups = Infinity, protectedShare = 0.8 }: CacheLimits): ResponseCache<T> {
  // Map keeps insertion order: the first key is the least recently used.
  const probation = new Map<string, Slot<T>>();
  const kept = new Map<string, Slot<T>>();
  const groupSizes = new Map<string, number>();
  let probationBytes = 0;
  let keptBytes = 0;
  const keptMax = maxBytes * protectedShare;

  function forgetGroup(group: string) {
    const left = (groupSizes.get(group) ?? 1) - 1;
    if (left > 0) groupSizes.set(group, left);
    else groupSizes.delete(group);
  }

  function remove(key: string) {
    const slot = probation.get(key) ?? kept.get(key);
    if (!slot) return;
    if (probation.delete(key)) probationBytes -= slot.bytes;
    else if (kept.delete(key)) keptBytes -= slot.bytes;
    forgetGroup(slot.group);
  }

  function fit() {
    // The protected segment overflows into probation (most recently used end), never straight out.
    for (const [key, slot] of kept) {
      if (keptBytes <= keptMax) break;
      kept.delete(key);
      keptBytes -= slot.bytes;
      probation.set(key, slot);
      probationBytes += slot.bytes;
    }
    while (probationBytes + keptBytes > maxBytes) {
      const oldest = probation.keys().next();
      if (!oldest.done) remove(oldest.value);
      else remove(kept.keys().next().value!);
    }
  }

  return {
    get(key, now = Date.now()) {
      const slot = kept.get(key) ?? probation.get(key);
      if (!slot) return undefined;
      if (slot.expires <= now) {
        remove(key);
        return undefined;
      }
      if (kept.delete(key)) keptBytes -= slot.bytes;
      else if (probation.delete(key)) probationBytes -= slot.bytes;
      kept.set(key, slot);
      keptBytes += slot.bytes;
      fit();
      return slot.value;
    },
    set(key, value, { ttlMs = Infinity, group = "", now = Date.now() } = {}) {
      remove(key);
      if (value.bytes > maxEntryBytes || value.bytes > maxBytes) return false;
      if (!groupSizes.has(group) && groupSizes.size >= maxGroups) return false;
      probation.set(key, { value, bytes: value.bytes, expires: now + ttlMs, group });
      probationBytes += value.bytes;
      groupSizes.set(group, (groupSizes.get(group) ?? 0) + 1);
      fit();
      return true;
    },
    reweigh(key, value) {
      const slot = kept.get(key) ?? probation.get(key);
      if (!slot || slot.value !== value) return;
      const change = value.bytes - slot.bytes;
      slot.bytes = value.bytes;
      if (kept.has(key)) keptBytes += change;
      else probationBytes += change;
      if (value.bytes > maxEntryBytes) remove(key);
      fit();
    },
    delete: remove,
    clear() {
      probation.clear();
      kept.clear();
      groupSizes.clear();
      probationBytes = 0;
      keptBytes = 0;
    },
    get bytes() {
      return probationBytes + keptBytes;
    },
    get size() {
      return probation.size + kept.size;
    },
    get groups() {
      return groupSizes.size;
    },
  };
}
