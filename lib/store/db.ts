/**
 * The one interface the store speaks to PostgreSQL through, whichever runs it: PGlite (Postgres in
 * WebAssembly, in this process, persisted to a directory) or a PostgreSQL server (`pg`). Both take
 * the same SQL with `$1` parameters; rows come back with bigint and count columns as numbers,
 * timestamps as Date and json columns parsed (key order kept).
 */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

export interface Db extends Queryable {
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Calls `onNotify` for each NOTIFY on `channel` (from any process on the same database); resolves once listening. */
  listen(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>>;
  /** Where the data lives, for messages: "embedded store .snapshots/db" or "postgres://host:port/db". */
  readonly description: string;
  readonly driver: "pglite" | "postgres";
  close(): Promise<void>;
}

/** Thrown for what a caller can fix (a stale save, an invalid record): the message is meant for a person. */
export class StoreError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly detail?: unknown,
  ) {
    super(message);
    this.name = "StoreError";
  }
}
