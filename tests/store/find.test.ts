import path from "node:path";
import { describe, expect, it } from "vitest";
import { findQuery } from "@/lib/desk/api";
import { readDatasetDir } from "@/lib/data/read-dir";
import { checkQuality } from "@/lib/data/quality";
import { findRecords } from "@/lib/store/find";
import { migrate } from "@/lib/store/migrate";
import { seedRecord } from "@/lib/store/record";
import { getRecord, saveRecord } from "@/lib/store/revisions";
import { DRIVERS, STORE_TIMEOUT_MS } from "./drivers";

const FIXTURE = path.resolve("tests/fixtures/desk");

describe.each(DRIVERS)("the desk's finder in $name", (driver) => {
  it("lists events newest first by default, oldest first or last edited first on request; finds those without an official or wire source by data:check's rule", { timeout: STORE_TIMEOUT_MS }, async () => {
    const db = await driver.fresh();
    const loaded = await readDatasetDir(FIXTURE);
    if (!loaded.ok) throw new Error("the desk fixture does not load");
    await seedRecord(db, loaded.raw, { author: "seed", reason: "fixture" });
    const find = async (query: Record<string, string>) => (await findRecords(db, findQuery.parse({ kind: "event", ...query }))).records.map((r) => r.id);
    const events = [...loaded.dataset.events].sort((a, b) => a.date.localeCompare(b.date));
    expect(await find({})).toEqual(events.map((e) => e.id).reverse());
    expect(await find({ sort: "oldest" })).toEqual(events.map((e) => e.id));
    const oldest = (await getRecord(db, "event", events[0]!.id))!.head;
    await saveRecord(db, { kind: "event", id: oldest.id, body: { ...oldest.body!, summary: `${String(oldest.body!.summary)} Edited.` }, base: oldest.rev, author: "ed@example.org", reason: "" });
    expect((await find({ sort: "edited" }))[0]).toBe(oldest.id);

    // The filter and data:check --strict's headline rule are one rule: an event is flagged when it has no official or wire source.
    const flagged = events.filter((e) => !e.sources.some((s) => s.type === "official" || s.type === "wire")).map((e) => e.id);
    expect(flagged.length).toBeGreaterThan(0);
    expect((await find({ flag: "no-primary", sort: "oldest" }))).toEqual(flagged);
    const headlines = checkQuality(loaded.dataset)
      .filter((w) => /no official or wire source/.test(w.message))
      .map((w) => w.record);
    for (const id of headlines) expect(flagged).toContain(id);

    // A store written before the rule was shared (flag 'no-official', official sources only) is brought up to it by its migration.
    await db.query("UPDATE record SET flags = '{no-official}' WHERE kind = 'event'");
    await db.query("DELETE FROM schema_migration WHERE name = '004_primary_source_flag.sql'");
    expect(await migrate(db)).toEqual(["004_primary_source_flag.sql"]);
    expect(await find({ flag: "no-primary", sort: "oldest" })).toEqual(flagged);
  });
});
