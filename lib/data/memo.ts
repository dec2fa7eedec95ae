/**
 * Values derived from a loaded data set (indexes, payloads, folded text), built once per set and
 * kept with it. Next bundles route handlers and pages separately, each with its own copy of every
 * module, so a module-level cache would be built and held once per bundle: this one lives on
 * globalThis under a registered symbol and is shared by all of them.
 */
const KEY = Symbol.for("snapshots.dataset-memo");
const registry = globalThis as unknown as Record<symbol, WeakMap<object, Map<string, unknown>> | undefined>;
const memos = (registry[KEY] ??= new WeakMap());

/** The value `name` for `owner`, built by `build` the first time anyone asks. */
export function memoize<T>(owner: object, name: string, build: () => T): T {
  let values = memos.get(owner);
  if (!values) {
    values = new Map();
    memos.set(owner, values);
  }
  if (!values.has(name)) values.set(name, build());
  return values.get(name) as T;
}

/** A WeakMap shared by every bundle, registered under `name`: for values kept per object, such as per event. */
export function sharedWeakMap<K extends object, V>(name: string): WeakMap<K, V> {
  const key = Symbol.for(`snapshots.weak-map.${name}`);
  const slots = globalThis as unknown as Record<symbol, WeakMap<K, V> | undefined>;
  return (slots[key] ??= new WeakMap());
}
