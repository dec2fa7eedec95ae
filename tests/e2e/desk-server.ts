/**
 * The desk's test server (playwright.config.ts starts it): a new embedded store in a temporary
 * directory, seeded from the desk fixture (tests/fixtures/desk, never data/), with the test accounts,
 * then the production server on it (server/main.ts, as `npm start` runs it: this process becomes its
 * supervising primary, and the server worker it forks runs this file again, skipping the set-up).
 */
import cluster from "node:cluster";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { addAccount } from "../../lib/store/accounts";
import { openStore, seedIfEmpty } from "../../lib/store/open";
import { ACCOUNTS, DESK_PASSWORD } from "./desk-accounts";

const dir = path.join(tmpdir(), `snapshots-e2e-desk-${process.env.PORT ?? "x"}`, "db");

async function main() {
  if (!cluster.isPrimary) return void (await import("../../server/main"));
  rmSync(path.dirname(dir), { recursive: true, force: true });
  process.env.SNAPSHOTS_DB_DIR = dir;
  process.env.SEED_DIR = "tests/fixtures/desk";
  delete process.env.DATA_DIR;
  const db = await openStore({ kind: "embedded", dir, seedDir: process.env.SEED_DIR! });
  await seedIfEmpty(db, process.env.SEED_DIR!);
  for (const [role, email] of [["admin", ACCOUNTS.admin], ["editor", ACCOUNTS.editor], ["editor", ACCOUNTS.second], ["editor", ACCOUNTS.throttled]] as const)
    await addAccount(db, { email, role, password: DESK_PASSWORD });
  await db.close();
  await import("../../server/main");
}

main().catch((error: unknown) => {
  console.error("[desk test server] could not start:", error);
  process.exit(1);
});
