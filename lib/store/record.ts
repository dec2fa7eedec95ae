import type { RawDataFiles } from "../data/files";
import { hasPrimarySource } from "../data/quality";
import { fromRecords, toRecords, type RecordBody, type RecordKind } from "../data/records";
import { foldText } from "../search/fold";
import { eventInterval } from "../time/partial-date";
import type { Db, Queryable } from "./db";
import { SETUP_LOCK } from "./migrate";

/** NOTIFY channel of a publish; the payload is the publication's number. */
export const PUBLISH_CHANNEL = "snapshots_publish";
const BATCH = 1000;

/** What the desk searches and filters on, read from a record's body when it is written. */
export interface RecordFacts {
  title: string;
  lane: string | null;
  start_ms: number | null;
  search: string;
  flags: string[];
}

const text = (value: unknown): string => (typeof value === "string" ? value : "");
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : []);

export function recordFacts(kind: RecordKind, body: Record<string, unknown> | null): RecordFacts {
  if (!body) return { title: "", lane: null, start_ms: null, search: "", flags: ["deleted"] };
  const title = text(body.title) || text(body.label) || text(body.name) || text(body.headline) || text(body.quote).slice(0, 120);
  const flags: string[] = [];
  let start: number | null = null;
  if (kind === "event") {
    try {
      start = eventInterval({ date: text(body.date), zone: typeof body.zone === "string" ? body.zone : undefined })[0];
      if (!Number.isFinite(start)) start = null;
    } catch {
      start = null;
    }
    if (typeof body.unverified === "string") flags.push("unverified");
    const sources = Array.isArray(body.sources) ? (body.sources as { type?: unknown }[]) : [];
    if (!hasPrimarySource(sources)) flags.push("no-primary");
  }
  if (kind === "annotation") {
    if (typeof body.snapshot === "string") flags.push(`snapshot:${body.snapshot}`);
    if (typeof body.expert === "string") flags.push(`expert:${body.expert}`);
  }
  const search = foldText(
    [text(body.id), title, text(body.summary), text(body.quote), text(body.headline), ...strings(body.actors), ...strings(body.tags)].join("\n"),
  );
  return { title, lane: kind === "event" ? text(body.lane) || null : null, start_ms: start, search, flags };
}

export async function isEmpty(db: Queryable): Promise<boolean> {
  return (await db.query("SELECT 1 FROM record LIMIT 1")).length === 0;
}

/** The number of the latest publication (0 before the first). */
export async function latestPublication(db: Queryable): Promise<number> {
  const [row] = await db.query<{ id: number | null }>("SELECT max(id) AS id FROM publication");
  return row?.id ?? 0;
}

/** Writes records as one published revision each (bulk: a 10,000-event set in a few statements). */
async function insertPublished(tx: Queryable, records: RecordBody[], publication: number, author: string, reason: string) {
  for (let at = 0; at < records.length; at += BATCH) {
    const batch = records.slice(at, at + BATCH).map((record, i) => ({ ...record, position: at + i, facts: recordFacts(record.kind, record.body) }));
    const revs = await tx.query<{ rev: number; kind: string; record_id: string }>(
      `INSERT INTO revision (kind, record_id, body, author, reason, publication_id)
       SELECT x.kind, x.id, x.body, $2, $3, $4 FROM json_to_recordset($1::json) AS x(kind text, id text, body json)
       RETURNING rev, kind, record_id`,
      [JSON.stringify(batch.map(({ kind, id, body }) => ({ kind, id, body }))), author, reason, publication],
    );
    const revOf = new Map(revs.map((row) => [`${row.kind}\n${row.record_id}`, row.rev]));
    const rows = batch.map(({ kind, id, position, facts }) => ({ kind, id, position, rev: revOf.get(`${kind}\n${id}`), ...facts }));
    await tx.query(
      `INSERT INTO record (kind, id, position, head_rev, published_rev, title, lane, start_ms, search, flags)
       SELECT x.kind, x.id, x.position, x.rev, x.rev, x.title, x.lane, x.start_ms, x.search, x.flags
       FROM json_to_recordset($1::json) AS x(kind text, id text, position double precision, rev bigint, title text, lane text, start_ms double precision, search text, flags text[])`,
      [JSON.stringify(rows)],
    );
  }
}

/** Who a seed's revisions and publication are by: every other author is an editor. */
export const SEED_AUTHOR = "seed";

/** Writes `records` as one publication by `author`, and announces it. */
async function publishSet(tx: Queryable, records: RecordBody[], author: string, reason: string): Promise<void> {
  const [publication] = await tx.query<{ id: number }>("INSERT INTO publication (author, note, revisions) VALUES ($1, $2, $3) RETURNING id", [author, reason, records.length]);
  await insertPublished(tx, records, publication!.id, author, reason);
  await tx.query("SELECT pg_notify($1, $2)", [PUBLISH_CHANNEL, String(publication!.id)]);
}

/**
 * Fills an empty store with a valid set, published as publication 1 (one revision per record, by
 * `author`). Instances starting together on one database: the first seeds, the others find it full.
 * Returns whether this call seeded.
 */
export async function seedRecord(db: Db, raw: RawDataFiles, { author, reason }: { author: string; reason: string }): Promise<boolean> {
  const records = toRecords(raw);
  const seeded = await db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(${SETUP_LOCK})`);
    if (!(await isEmpty(tx))) return false;
    await publishSet(tx, records, author, reason);
    return true;
  });
  return seeded;
}

/** The set the store was seeded from (the revisions of the seed's publication), or null for a store with no seed. */
async function seededSet(db: Queryable): Promise<RawDataFiles | null> {
  const rows = await db.query<BodyRow>(
    `SELECT v.kind, v.record_id AS id, v.body FROM revision v
     WHERE v.author = $1 AND v.publication_id = (SELECT min(id) FROM publication WHERE author = $1) ORDER BY v.rev`,
    [SEED_AUTHOR],
  );
  return rows.length ? fromRecords(rows) : null;
}

/** Revisions written by anyone but the seed: an editor's work, published or draft. */
async function editorialRevisions(db: Queryable): Promise<number> {
  const [row] = await db.query<{ n: number | string }>("SELECT count(*) AS n FROM revision WHERE author <> $1", [SEED_AUTHOR]);
  return Number(row?.n ?? 0);
}

/** A set as the text of its files (key order kept), so two sets compare as their files would. */
const asFiles = (raw: RawDataFiles) => JSON.stringify([raw.manifest, raw.events, raw.annotations, raw.stories ?? []]);

export type ReseedResult = { status: "current" | "unseeded" | "reseeded" } | { status: "kept"; revisions: number };

/**
 * Brings a store seeded from a set up to that set's newer version (data/ after a `git pull`): when `raw`
 * differs from what the store was seeded from (compared as the data files they write) and nobody has
 * written a revision since, the seed is replaced by `raw`, as a new publication. A store with editorial
 * revisions is never overwritten ("kept", with their count). Under the setup lock: instances starting
 * together re-seed once.
 */
export async function reseedIfChanged(db: Db, raw: RawDataFiles, reason: string): Promise<ReseedResult> {
  return db.transaction(async (tx): Promise<ReseedResult> => {
    await tx.query(`SELECT pg_advisory_xact_lock(${SETUP_LOCK})`);
    const seeded = await seededSet(tx);
    if (!seeded) return { status: "unseeded" };
    if (asFiles(seeded) === asFiles(raw)) return { status: "current" };
    const revisions = await editorialRevisions(tx);
    if (revisions > 0) return { status: "kept", revisions };
    await tx.query("DELETE FROM record");
    await tx.query("DELETE FROM revision");
    await tx.query("DELETE FROM publication");
    await publishSet(tx, toRecords(raw), SEED_AUTHOR, reason);
    return { status: "reseeded" };
  });
}

interface BodyRow {
  kind: RecordKind;
  id: string;
  body: Record<string, unknown>;
}

async function readBodies(db: Queryable, column: "published_rev" | "head_rev"): Promise<RecordBody[]> {
  const rows = await db.query<BodyRow>(
    `SELECT r.kind, r.id, v.body FROM record r JOIN revision v ON v.rev = r.${column}
     WHERE v.body IS NOT NULL ORDER BY r.position, r.id`,
  );
  return rows.map(({ kind, id, body }) => ({ kind, id, body }));
}

/** What readers see: the published revision of every record, as a data set's raw files, and the publication it is. */
export async function readPublished(db: Db): Promise<{ files: RawDataFiles; publication: number }> {
  // One snapshot of the tables: a publish committing meanwhile is either wholly in or wholly out.
  return db.transaction(async (tx) => {
    await tx.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
    const publication = await latestPublication(tx);
    return { files: fromRecords(await readBodies(tx, "published_rev")), publication };
  });
}

/** The record with every draft in: what the desk edits and what a publish of everything would serve. */
export async function readHead(db: Queryable): Promise<RawDataFiles> {
  return fromRecords(await readBodies(db, "head_rev"));
}
