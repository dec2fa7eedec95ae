import type { Db, Queryable } from "../../lib/store/db";

/**
 * A store whose transactions are interrupted just before the statement `at` picks (by its SQL and its
 * place among the transaction's statements): `interrupt` runs instead of it — throw to make the
 * statement fail, or never return and let the process be killed. No hook in the code under test: the
 * same saveRecord and publish run, on the driver's own transaction.
 */
export function interrupted(db: Db, at: (sql: string, index: number) => boolean, interrupt: (sql: string) => Promise<never>): Db {
  return {
    ...db,
    query: db.query.bind(db),
    transaction: (fn) =>
      db.transaction((tx) => {
        let index = 0;
        const wrapped: Queryable = {
          query: async (sql, params) => {
            if (at(sql.trim(), index++)) await interrupt(sql.trim());
            return tx.query(sql, params);
          },
        };
        return fn(wrapped);
      }),
  };
}

/** The statements one transaction of `run` issues, in order (it runs for real). */
export async function statementsOf(db: Db, run: (db: Db) => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  await run(
    interrupted(
      db,
      (sql) => (seen.push(sql), false),
      () => Promise.reject(new Error("unreachable")),
    ),
  );
  return seen;
}

/** The fixture's event the interrupted saves edit (tests/fixtures/desk). */
export const CRASH_EVENT = "summit-2026";
