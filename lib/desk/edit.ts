/**
 * Editing a record as its file holds it: one key at a time, immutably, without disturbing the order
 * of the keys that are there. A key that is new goes where the data format puts it (after the nearest
 * key before it in `order`), and an optional field left empty is removed, not written as "".
 */
export type Json = Record<string, unknown>;

export function isEmptyValue(value: unknown): boolean {
  return value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0) || (typeof value === "object" && value !== null && !Array.isArray(value) && Object.keys(value).length === 0);
}

/** `record` with `key` set to `value` (or removed, when `remove`), new keys placed by `order`. */
export function placeKey(record: Json, key: string, value: unknown, order: readonly string[], remove = false): Json {
  if (remove) {
    if (!(key in record)) return record;
    const { [key]: _gone, ...rest } = record;
    void _gone;
    return rest;
  }
  if (key in record) return { ...record, [key]: value };
  const rank = order.indexOf(key);
  const entries = Object.entries(record);
  // After the last present key that the format puts before this one (or first, if none does).
  let at = 0;
  entries.forEach(([existing], i) => {
    const r = order.indexOf(existing);
    if (r !== -1 && r < rank) at = i + 1;
  });
  if (rank === -1) at = entries.length;
  entries.splice(at, 0, [key, value]);
  return Object.fromEntries(entries);
}

/** The value at a dotted path ("sources.1.url"). */
export function getAt(value: unknown, path: readonly (string | number)[]): unknown {
  let at: unknown = value;
  for (const part of path) {
    if (at === null || typeof at !== "object") return undefined;
    at = (at as Record<string, unknown>)[String(part)];
  }
  return at;
}

/** A list with item `index` moved by `by` places (−1 up, +1 down); unchanged at the ends. */
export function moveItem<T>(list: readonly T[], index: number, by: number): T[] {
  const to = index + by;
  if (to < 0 || to >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(index, 1);
  next.splice(to, 0, item!);
  return next;
}

/** "sources.0.url" → "f-sources-0-url": the id of the input a problem names. */
export function fieldId(path: string): string {
  return `f-${path.replace(/[^A-Za-z0-9]+/g, "-")}`;
}
