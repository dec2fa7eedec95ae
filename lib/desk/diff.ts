/** One field that differs between two versions of a record, by its dotted path ("sources.1.url"). */
export interface FieldChange {
  field: string;
  /** undefined: the field was not there. */
  before?: unknown;
  after?: unknown;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * What changed between two versions of a record, field by field, in the order the fields appear:
 * objects are compared key by key and lists item by item, so a changed source URL is
 * `sources.1.url: "…" → "…"`, not the whole list. Either side may be null: a record created is
 * each of its fields added; a record deleted is one change, "(record)".
 */
export function diffRecords(before: unknown, after: unknown, path: string[] = []): FieldChange[] {
  if (Object.is(before, after)) return [];
  if (path.length === 0 && before === null && isPlainObject(after)) return diffRecords({}, after);
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((key) => diffRecords(before[key], after[key], [...path, key]));
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const length = Math.max(before.length, after.length);
    return Array.from({ length }, (_, i) => diffRecords(before[i], after[i], [...path, String(i)])).flat();
  }
  if (before !== null && after !== null && JSON.stringify(before) === JSON.stringify(after)) return [];
  const field = path.join(".") || "(record)";
  return [{ field, ...(before === undefined ? {} : { before }), ...(after === undefined ? {} : { after }) }];
}

/** A value as one line for a diff: strings quoted, lists and objects as JSON, cut at `max` characters. */
export function showValue(value: unknown, max = 300): string {
  if (value === undefined) return "(none)";
  const text = JSON.stringify(value) ?? String(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
