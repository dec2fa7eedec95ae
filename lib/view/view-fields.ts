import { ID_MESSAGE, isId } from "../schema/id";
import { parseIsoInstant } from "../time/partial-date";

/**
 * The view's URL parameters, field by field: what each may hold and what is wrong with it. Plain
 * functions, no schema library, so the browser reads every URL with them at no cost; the server's strict
 * zod schemas (view-params.ts: the PDF and export routes, the window and search APIs, the CLIs) are built
 * from this same table, so a rule and its message are written once.
 */

export const MAX_Q = 200;
export const MAX_NAME = 120;
/** More ids than any data set has lanes or experts: a longer list is an attack, not a view. */
export const MAX_IDS = 64;
const MAX_LIST = 4000;

export type FieldResult<T> = { ok: true; value: T } | { ok: false; message: string };
export interface Field<T> {
  read(raw: string): FieldResult<T>;
}

const ok = <T>(value: T): FieldResult<T> => ({ ok: true, value });
const fail = (message: string): FieldResult<never> => ({ ok: false, message });

/** A window edge: "2025-06-21" or "2025-06-21T18:30Z". */
export const instantField: Field<string> = { read: (raw) => (parseIsoInstant(raw) !== null ? ok(raw) : fail("must be a real date YYYY-MM-DD (or YYYY-MM-DDTHH:MMZ)")) };

export const idField: Field<string> = { read: (raw) => (isId(raw) ? ok(raw) : fail(ID_MESSAGE)) };

/** "a,b,a" → ["a", "b"]: ids, de-duplicated, in the order given. */
export const idListField: Field<string[]> = {
  read(raw) {
    if (raw.length > MAX_LIST) return fail(`must be at most ${MAX_LIST} characters`);
    const ids = [...new Set(raw.split(",").map((id) => id.trim()).filter(Boolean))];
    if (!ids.every(isId)) return fail("must be comma-separated ids");
    return ids.length <= MAX_IDS ? ok(ids) : fail(`must name at most ${MAX_IDS} ids`);
  },
};

/** An actor's or a tag's name, trimmed. */
export const nameField: Field<string> = {
  read(raw) {
    const name = raw.trim();
    if (!name) return fail("must not be empty");
    return name.length <= MAX_NAME ? ok(name) : fail(`must be at most ${MAX_NAME} characters`);
  },
};

function oneOf<const T extends string>(values: readonly T[], message: string): Field<T> {
  return { read: (raw) => ((values as readonly string[]).includes(raw) ? ok(raw as T) : fail(message)) };
}

/** The search filter's words (`q`). */
export const textField: Field<string> = { read: (raw) => (raw.length <= MAX_Q ? ok(raw) : fail(`must be at most ${MAX_Q} characters`)) };

/** What narrows the events besides the window: shared by the explorer, search, window, report and export. */
export const FILTER_FIELDS = {
  lanes: idListField,
  expert: idListField,
  actor: nameField,
  tag: nameField,
  after: oneOf(["hide"], "must be hide"),
};

export const VIEW_FIELDS = {
  from: instantField,
  to: instantField,
  ...FILTER_FIELDS,
  event: idField,
  q: textField,
  note: idField,
  view: oneOf(["chart", "list"], "must be chart or list"),
  /** An earlier commentary snapshot to show instead of the latest (lib/data/snapshots.ts). */
  snapshot: idField,
};

type ValueOf<F> = F extends Field<infer T> ? T : never;
export type ViewParams = { [K in keyof typeof VIEW_FIELDS]?: ValueOf<(typeof VIEW_FIELDS)[K]> };

/** Lenient: each well-formed field is read, a malformed one dropped, unknown keys ignored (pages: a stale link still opens a view). */
export function readViewParams(raw: Record<string, string>): ViewParams {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(VIEW_FIELDS) as [keyof typeof VIEW_FIELDS, Field<unknown>][]) {
    const value = raw[key];
    if (value === undefined) continue;
    const result = field.read(value);
    if (result.ok) out[key] = result.value;
  }
  return out as ViewParams;
}

type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

/** The first value of each key, as plain strings: what the fields take. */
export function firstValues(params: RawParams): Record<string, string> {
  const out: Record<string, string> = {};
  if (params instanceof URLSearchParams) {
    for (const [key, value] of params) if (!(key in out)) out[key] = value;
    return out;
  }
  for (const [key, value] of Object.entries(params)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) out[key] = first;
  }
  return out;
}

/** The commentary snapshot a URL names (?snapshot=), for picking the set's view before the rest is read. */
export function snapshotParam(params: RawParams): string | null {
  const value = firstValues(params).snapshot;
  return value && isId(value) ? value : null;
}
