import path from "node:path";
import { describe, expect, it } from "vitest";
import { readDatasetDir } from "@/lib/data/read-dir";
import { validateDataset } from "@/lib/data/validate";
import { toDataFiles } from "@/lib/interop/bundle";
import { StoreError, type Db } from "@/lib/store/db";
import { readPublished, seedRecord } from "@/lib/store/record";
import { checkRecord, getRecord, getRevision, listDrafts, publish, recordHistory, saveRecord, wholeHistory, type Stale } from "@/lib/store/revisions";
import { DRIVERS, STORE_TIMEOUT_MS } from "./drivers";

const FIXTURE = path.resolve("tests/fixtures/desk");

async function seeded(fresh: () => Promise<Db>): Promise<Db> {
  const db = await fresh();
  const loaded = await readDatasetDir(FIXTURE);
  await seedRecord(db, loaded.raw, { author: "seed", reason: "fixture" });
  return db;
}

const newEvent = {
  id: "envoys-meet-2026",
  title: "Envoys meet in Oman",
  summary: "The envoys meet for the first time in 2026.",
  date: "2026-02-28",
  precision: "day",
  lane: "diplomacy",
  importance: 2,
  actors: ["North", "South"],
  tags: ["talks"],
  sources: [
    { title: "Envoys meet", publisher: "Example Wire", url: "https://example.org/envoys-wire", type: "wire" },
    { title: "Statement on the meeting", publisher: "Ministry of Foreign Affairs of South", url: "https://example.org/envoys-statement", type: "official" },
  ],
  related: [{ id: "talks-round-2", label: "follows" }],
};

async function rejection(promise: Promise<unknown>): Promise<StoreError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(StoreError);
  return error as StoreError;
}

describe.each(DRIVERS)("revisions in $name", (driver) => {
  it("a saved event is a draft readers do not see until it is published", { timeout: STORE_TIMEOUT_MS }, async () => {
    const db = await seeded(driver.fresh);
    expect(await checkRecord(db, "event", newEvent.id, newEvent)).toEqual({ problems: [], warnings: [] });
    const saved = await saveRecord(db, { kind: "event", id: newEvent.id, body: newEvent, base: null, author: "ed@example.org", reason: "new meeting" });
    expect(saved).toMatchObject({ author: "ed@example.org", reason: "new meeting", publication: null });
    expect(((await readPublished(db)).files.events as { id: string }[]).map((e) => e.id)).not.toContain(newEvent.id);
    expect((await listDrafts(db)).map((d) => d.id)).toEqual([newEvent.id]);

    const { publication } = await publish(db, { author: "ed@example.org", note: "", review: false });
    expect(publication).toBe(2);
    const events = (await readPublished(db)).files.events as { id: string }[];
    expect(events.at(-1)).toEqual(newEvent);
    expect(await listDrafts(db)).toEqual([]);
  });

  it("a publish hands back the record it checked, exactly as readers then read it from the store", { timeout: STORE_TIMEOUT_MS }, async () => {
    // The publishing instance serves this record without reading it back (lib/server/dataset.ts publishAndServe):
    // other instances read it from the store, and both must serve the same bytes under the same version.
    const db = await seeded(driver.fresh);
    await saveRecord(db, { kind: "event", id: newEvent.id, body: newEvent, base: null, author: "ed@example.org", reason: "" });
    const summit = (await getRecord(db, "event", "summit-2026"))!.head;
    await saveRecord(db, { kind: "event", id: "summit-2026", body: { ...summit.body!, title: "Not published yet" }, base: summit.rev, author: "ed@example.org", reason: "" });
    const result = await publish(db, { records: [{ kind: "event", id: newEvent.id }], author: "ed@example.org", note: "", review: false });
    const { files, publication } = await readPublished(db);
    expect(publication).toBe(result.publication);
    expect(toDataFiles(result.record.files)).toEqual(toDataFiles(files));
    const reread = validateDataset(files);
    expect(reread.ok && reread.dataset).toEqual(result.record.dataset);
    expect(result.record.dataset.events.find((e) => e.id === "summit-2026")!.title).toBe(summit.body!.title);
    expect(result.record.dataset.events.some((e) => e.id === newEvent.id)).toBe(true);
  });

  it("refuses a stale save and shows both sides' changes", { timeout: STORE_TIMEOUT_MS }, async () => {
    const db = await seeded(driver.fresh);
    const opened = (await getRecord(db, "event", "summit-2026"))!;
    const body = opened.head.body!;
    await saveRecord(db, { kind: "event", id: "summit-2026", body: { ...body, title: "Summit in the capital, day one" }, base: opened.head.rev, author: "first@example.org", reason: "" });
    const error = await rejection(saveRecord(db, { kind: "event", id: "summit-2026", body: { ...body, importance: 3 }, base: opened.head.rev, author: "second@example.org", reason: "" }));
    expect(error.status).toBe(409);
    expect(error.message).toMatch(/first@example.org saved this event/);
    const { stale } = error.detail as { stale: Stale };
    expect(stale.theirs).toEqual([{ field: "title", before: "Summit in the capital", after: "Summit in the capital, day one" }]);
    expect(stale.yours).toEqual([
      { field: "title", before: "Summit in the capital, day one", after: "Summit in the capital" },
      { field: "importance", before: 2, after: 3 },
    ]);
    expect((await getRecord(db, "event", "summit-2026"))!.head.body!.title).toBe("Summit in the capital, day one");
  });

  it("keeps every revision; restoring one brings its content back as a new draft", { timeout: STORE_TIMEOUT_MS }, async () => {
    const db = await seeded(driver.fresh);
    const first = (await getRecord(db, "event", "summit-2026"))!.head;
    const edited = await saveRecord(db, { kind: "event", id: "summit-2026", body: { ...first.body!, date: "2026-01-16" }, base: first.rev, author: "ed@example.org", reason: "the ministry's date" });
    await publish(db, { author: "ed@example.org", note: "date fix", review: false });
    const history = await recordHistory(db, "event", "summit-2026");
    expect(history.map((h) => [h.rev, h.author, h.current])).toEqual([
      [edited.rev, "ed@example.org", true],
      [first.rev, "seed", false],
    ]);
    expect(history[0]!.changes).toEqual([{ field: "date", before: "2026-01-15", after: "2026-01-16" }]);
    expect((await getRevision(db, edited.rev))!.changes).toEqual(history[0]!.changes);

    const restored = await saveRecord(db, { kind: "event", id: "summit-2026", body: (await getRevision(db, first.rev))!.body, base: edited.rev, author: "ed@example.org", reason: `Restored revision ${first.rev}` });
    await publish(db, { author: "ed@example.org", note: "", review: false });
    const event = (((await readPublished(db)).files.events as { id: string; date: string }[]).find((e) => e.id === "summit-2026"))!;
    expect(event.date).toBe("2026-01-15");
    expect((await recordHistory(db, "event", "summit-2026")).map((h) => h.rev)).toEqual([restored.rev, edited.rev, first.rev]);
    expect((await wholeHistory(db, { limit: 2 })).map((h) => h.rev)).toEqual([restored.rev, edited.rev]);
  });

  it("publishes nothing that would break the record, and names every problem", { timeout: STORE_TIMEOUT_MS }, async () => {
    const db = await seeded(driver.fresh);
    const lane = (await getRecord(db, "lane", "un"))!;
    await saveRecord(db, { kind: "lane", id: "un", body: null, base: lane.head.rev, author: "ed@example.org", reason: "merge lanes" });
    const error = await rejection(publish(db, { author: "ed@example.org", note: "", review: false }));
    expect(error.status).toBe(422);
    const lines = (error.detail as { problems: { record: string; field: string; message: string }[] }).problems.map((p) => `${p.record}: ${p.field}: ${p.message}`);
    expect(lines).toEqual(['council-endorses: lane: unknown lane "un"', 'inspectors-return: lane: unknown lane "un"']);
    expect(((await readPublished(db)).files.manifest as { lanes: { id: string }[] }).lanes.map((l) => l.id)).toContain("un");
  });

  it("with review on, an editor's own change needs a second editor to publish it", { timeout: STORE_TIMEOUT_MS }, async () => {
    const db = await seeded(driver.fresh);
    await saveRecord(db, { kind: "event", id: newEvent.id, body: newEvent, base: null, author: "ed@example.org", reason: "" });
    const error = await rejection(publish(db, { author: "ed@example.org", note: "", review: true }));
    expect(error.status).toBe(403);
    expect(error.message).toMatch(/another editor must publish/);
    await expect(publish(db, { author: "second@example.org", note: "approved", review: true })).resolves.toMatchObject({ publication: 2 });
  });

  it("with review on, an editor who wrote any unpublished revision of a record may not publish it, even after someone else's later edit", { timeout: STORE_TIMEOUT_MS }, async () => {
    const db = await seeded(driver.fresh);
    const first = (await getRecord(db, "event", "summit-2026"))!.head;
    const mine = await saveRecord(db, { kind: "event", id: "summit-2026", body: { ...first.body!, importance: 3 }, base: first.rev, author: "ed@example.org", reason: "" });
    await saveRecord(db, { kind: "event", id: "summit-2026", body: { ...first.body!, importance: 3, title: "Summit in the capital, day one" }, base: mine.rev, author: "second@example.org", reason: "" });
    expect((await listDrafts(db)).map((d) => [d.id, d.authors])).toEqual([["summit-2026", ["ed@example.org", "second@example.org"]]]);
    for (const author of ["ed@example.org", "second@example.org"]) expect((await rejection(publish(db, { author, note: "", review: true }))).status).toBe(403);
    await expect(publish(db, { author: "third@example.org", note: "approved", review: true })).resolves.toMatchObject({ publication: 2 });
    // Once published, the next change starts a new list of authors.
    const head = (await getRecord(db, "event", "summit-2026"))!.head;
    await saveRecord(db, { kind: "event", id: "summit-2026", body: { ...head.body!, importance: 2 }, base: head.rev, author: "second@example.org", reason: "" });
    expect((await listDrafts(db)).map((d) => d.authors)).toEqual([["second@example.org"]]);
    await expect(publish(db, { author: "ed@example.org", note: "", review: true })).resolves.toMatchObject({ publication: 3 });
  });

  it("refuses to create a record whose id is taken, and a body whose id differs from the record's", { timeout: STORE_TIMEOUT_MS }, async () => {
    const db = await seeded(driver.fresh);
    const taken = await rejection(saveRecord(db, { kind: "event", id: "summit-2026", body: { ...newEvent, id: "summit-2026" }, base: null, author: "ed@example.org", reason: "" }));
    expect(taken.message).toBe('a event with the id "summit-2026" already exists');
    const { problems } = await checkRecord(db, "event", "summit-2026", newEvent);
    expect(problems.map((p) => p.field)).toEqual(["id"]);
    const unknownRefs = await checkRecord(db, "event", newEvent.id, { ...newEvent, lane: "nowhere", related: [{ id: "ghost", label: "x" }] });
    expect(unknownRefs.problems.map((p) => `${p.field}: ${p.message}`)).toEqual(['lane: unknown lane "nowhere"', 'related.0.id: unknown event "ghost"']);
  });
});
