/**
 * A store client that dies in the middle of a write, for tests/store/crash.test.ts:
 *   node --import tsx tests/store/crash-child.ts <pglite DIR | postgres URL> <save | publish> <statement pattern>
 * opens the store, starts the write, and just before the first statement of its transaction that
 * matches the pattern (the ones before it have run), prints "stopped" and waits to be killed.
 */
import { openPglite } from "../../lib/store/pglite";
import { openPostgres } from "../../lib/store/postgres";
import { getRecord, publish, saveRecord } from "../../lib/store/revisions";
import { CRASH_EVENT, interrupted } from "./interrupt";

async function main() {
  const [driver, where, op, pattern] = process.argv.slice(2) as [string, string, "save" | "publish", string];
  const opened = driver === "pglite" ? await openPglite(where) : await openPostgres(where, { max: 2 });
  const stopAt = new RegExp(pattern);
  const db = interrupted(
    opened,
    (sql) => stopAt.test(sql),
    async () => {
      process.stdout.write("stopped\n");
      // Keeps the process alive with the transaction open until the test kills it.
      setInterval(() => {}, 1000);
      return new Promise<never>(() => {});
    },
  );
  if (op === "save") {
    const head = (await getRecord(opened, "event", CRASH_EVENT))!.head;
    await saveRecord(db, { kind: "event", id: CRASH_EVENT, body: { ...head.body!, title: "Half-saved" }, base: head.rev, author: "crash@example.org", reason: "" });
  } else await publish(db, { author: "crash@example.org", note: "", review: false });
  process.stdout.write("finished\n");
  process.exit(0);
}

main().catch((error: unknown) => {
  process.stdout.write(`failed: ${(error as Error).message}\n`);
  process.exit(1);
});
