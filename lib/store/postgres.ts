import type { Client, Pool, PoolClient } from "pg";
import type { Db, Queryable } from "./db";
import { envPositive } from "../http/env-number";

/** bigint (20) and numeric (1700) as numbers: ids, revision numbers and counts stay far below 2^53. */
const NUMERIC_OIDS = new Set([20, 1700]);

async function loadPg() {
  const pg = (await import("pg")).default;
  const types = {
    getTypeParser: ((oid: number, format?: "text" | "binary") =>
      NUMERIC_OIDS.has(oid) ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
  };
  return { pg, types };
}

function wrap(target: Pool | PoolClient): Queryable {
  return {
    async query<T>(sql: string, params: readonly unknown[] = []) {
      return (await target.query(sql, [...params])).rows as T[];
    },
  };
}

/** Where a URL points, without its password: for logs and messages. */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = "";
    parsed.username = parsed.username ? parsed.username : "";
    return parsed.toString().replace(/:@/, "@");
  } catch {
    return "postgres://(unparsable URL)";
  }
}

/** A PostgreSQL server at `url`: a pool for queries, and one connection of its own for LISTEN, reconnected when it drops. */
export async function openPostgres(url: string, { max = envPositive("DATABASE_POOL_MAX", 10) } = {}): Promise<Db> {
  const { pg, types } = await loadPg();
  const pool = new pg.Pool({ connectionString: url, max, types, idleTimeoutMillis: 30_000 });
  // An idle client that loses its server emits here; the pool replaces it.
  pool.on("error", (error) => console.error(`[store] idle connection lost: ${error.message}`));
  await pool.query("select 1");
  const listeners = new Set<{ stop: () => Promise<void> }>();

  async function listen(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>> {
    let client: Client | null = null;
    let stopped = false;
    let retry: NodeJS.Timeout | null = null;
    let delay = 250;
    const connect = async (): Promise<void> => {
      const next = new pg.Client({ connectionString: url, types });
      next.on("notification", (message) => message.channel === channel && onNotify(message.payload ?? ""));
      next.on("error", () => {
        // Reconnect, then tell the listener: notifications sent meanwhile were lost, so it should look for itself.
        if (client === next) client = null;
        void next.end().catch(() => {});
        if (!stopped) schedule();
      });
      await next.connect();
      await next.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      if (stopped) return void (await next.end());
      client = next;
    };
    const schedule = () => {
      if (retry) return;
      retry = setTimeout(() => {
        retry = null;
        connect().then(
          () => {
            delay = 250;
            onNotify("");
          },
          () => {
            delay = Math.min(delay * 2, 10_000);
            if (!stopped) schedule();
          },
        );
      }, delay);
      retry.unref();
    };
    await connect();
    const entry = {
      stop: async () => {
        stopped = true;
        if (retry) clearTimeout(retry);
        listeners.delete(entry);
        await client?.end().catch(() => {});
      },
    };
    listeners.add(entry);
    return entry.stop;
  }

  return {
    ...wrap(pool),
    driver: "postgres",
    description: describeUrl(url),
    async transaction(fn) {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query("BEGIN");
        const result = await fn(wrap(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        // A connection that cannot even roll back is not given back to the pool.
        await client.query("ROLLBACK").catch((rollback: Error) => (broken = rollback));
        throw error;
      } finally {
        client.release(broken);
      }
    },
    listen,
    async close() {
      await Promise.all([...listeners].map((entry) => entry.stop()));
      await pool.end();
    },
  };
}
