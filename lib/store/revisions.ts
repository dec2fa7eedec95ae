import type { DataProblem } from "../data/problem";
import { checkQuality } from "../data/quality";
import type { RawDataFiles } from "../data/files";
import { fromRecords, MANIFEST_ID, type RecordKind } from "../data/records";
import { validateDataset, validateRecord, type Dataset, type RecordRefs } from "../data/validate";
import { diffRecords, type FieldChange } from "../desk/diff";
import { annotationSchema, eventSchema } from "../schema";
import { StoreError, type Db, type Queryable } from "./db";
import { PUBLISH_CHANNEL, recordFacts } from "./record";

/**
 * Every change to the record is a revision: who, when, what, why. Saving writes a draft over the
 * revision the editor started from (refused, with the difference, when someone saved in between);
 * publishing makes drafts what readers see, after the whole record is checked; restoring saves an
 * earlier revision's content as a new draft. Nothing is ever overwritten or removed.
 */

export type Body = Record<string, unknown>;

export interface RevisionInfo {
  rev: number;
  kind: RecordKind;
  id: string;
  author: string;
  reason: string;
  at: string;
  base: number | null;
  publication: number | null;
  deleted: boolean;
}

export interface RecordState {
  kind: RecordKind;
  id: string;
  /** The latest revision: what the desk edits. */
  head: RevisionInfo & { body: Body | null };
  /** What readers see (null: never published). */
  published: (RevisionInfo & { body: Body | null }) | null;
}

interface RevisionRow {
  rev: number;
  kind: RecordKind;
  record_id: string;
  author: string;
  reason: string;
  created_at: Date;
  base_rev: number | null;
  publication_id: number | null;
  body: Body | null;
}

const REVISION_COLUMNS = "v.rev, v.kind, v.record_id, v.author, v.reason, v.created_at, v.base_rev, v.publication_id, v.body";

function info(row: RevisionRow): RevisionInfo & { body: Body | null } {
  return {
    rev: row.rev,
    kind: row.kind,
    id: row.record_id,
    author: row.author,
    reason: row.reason,
    at: new Date(row.created_at).toISOString(),
    base: row.base_rev,
    publication: row.publication_id,
    deleted: row.body === null,
    body: row.body,
  };
}

export async function getRecord(db: Queryable, kind: RecordKind, id: string): Promise<RecordState | null> {
  const rows = await db.query<RevisionRow & { which: string }>(
    `SELECT 'head' AS which, ${REVISION_COLUMNS} FROM record r JOIN revision v ON v.rev = r.head_rev WHERE r.kind = $1 AND r.id = $2
     UNION ALL
     SELECT 'published' AS which, ${REVISION_COLUMNS} FROM record r JOIN revision v ON v.rev = r.published_rev WHERE r.kind = $1 AND r.id = $2`,
    [kind, id],
  );
  const head = rows.find((row) => row.which === "head");
  if (!head) return null;
  const published = rows.find((row) => row.which === "published");
  return { kind, id, head: info(head), published: published ? info(published) : null };
}

/** The ids a record refers to, by the kind they name: only these are looked up to check it. */
function referencesOf(kind: RecordKind, body: Body): [RecordKind, string][] {
  const refs: [RecordKind, string][] = [];
  const ids = (value: unknown) => (Array.isArray(value) ? value.filter((id): id is string => typeof id === "string") : []);
  const add = (of: RecordKind, value: unknown) => typeof value === "string" && refs.push([of, value]);
  if (kind === "event") {
    add("lane", body.lane);
    for (const link of Array.isArray(body.related) ? body.related : []) add("event", (link as Body)?.id);
  }
  if (kind === "annotation") {
    add("expert", body.expert);
    add("snapshot", body.snapshot);
    for (const id of ids((body.anchors as Body | undefined)?.events)) add("event", id);
  }
  if (kind === "story")
    for (const step of Array.isArray(body.steps) ? (body.steps as Body[]) : []) {
      for (const id of ids(step?.events)) add("event", id);
      for (const id of ids(step?.lanes)) add("lane", id);
      for (const id of ids(step?.quotes)) add("annotation", id);
    }
  if (kind === "manifest") for (const id of ids((body.defaultView as Body | undefined)?.lanes)) add("lane", id);
  return refs;
}

/** The references of `body` resolved against the record as it stands (drafts included, deletions out). */
export async function resolveRefs(db: Queryable, kind: RecordKind, body: Body): Promise<RecordRefs> {
  const wanted = referencesOf(kind, body);
  const found = wanted.length
    ? await db.query<{ kind: RecordKind; id: string }>(
        `SELECT r.kind, r.id FROM record r JOIN revision v ON v.rev = r.head_rev
         JOIN json_to_recordset($1::json) AS w(kind text, id text) ON w.kind = r.kind AND w.id = r.id
         WHERE v.body IS NOT NULL`,
        [JSON.stringify(wanted.map(([k, i]) => ({ kind: k, id: i })))],
      )
    : [];
  const [{ n: snapshots } = { n: 0 }] = await db.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM record r JOIN revision v ON v.rev = r.head_rev WHERE r.kind = 'snapshot' AND v.body IS NOT NULL",
  );
  const of = (k: RecordKind) => new Set(found.filter((row) => row.kind === k).map((row) => row.id));
  return { laneIds: of("lane"), expertIds: of("expert"), eventIds: of("event"), annotationIds: of("annotation"), snapshotIds: snapshots > 0 ? of("snapshot") : null };
}

/** Problems of one record (refused) and its sourcing warnings (shown, not refused), by data:check's rules. */
export async function checkRecord(db: Queryable, kind: RecordKind, id: string, body: unknown): Promise<{ problems: DataProblem[]; warnings: DataProblem[] }> {
  if (typeof body !== "object" || body === null || Array.isArray(body))
    return { problems: [{ file: "(desk)", record: id, field: "(record)", message: "must be an object" }], warnings: [] };
  const problems = validateRecord(kind, body, await resolveRefs(db, kind, body as Body));
  const ownId = kind === "manifest" ? MANIFEST_ID : (body as Body).id;
  if (ownId !== id) problems.push({ file: "(desk)", record: id, field: "id", message: `is "${String(ownId)}" but the record is "${id}": an id cannot change (create a new record instead)` });
  let warnings: DataProblem[] = [];
  if (problems.length === 0 && (kind === "event" || kind === "annotation")) {
    // The sourcing warnings of data:check, for this record alone (whether a URL is shared needs the whole set).
    const events = kind === "event" ? [eventSchema.parse(body)] : [];
    const annotations = kind === "annotation" ? [annotationSchema.parse(body)] : [];
    warnings = checkQuality({ manifest: undefined as never, events, annotations, stories: [] }).filter((warning) => !/also cited by/.test(warning.message));
  }
  return { problems, warnings };
}

export interface SaveInput {
  kind: RecordKind;
  id: string;
  /** The new content; null deletes the record. */
  body: Body | null;
  /** The head revision the editor started from; null when creating. */
  base: number | null;
  author: string;
  reason: string;
}

export interface Stale {
  current: RevisionInfo & { body: Body | null };
  /** From the revision the editor started from to the one saved meanwhile. */
  theirs: FieldChange[];
  /** From the one saved meanwhile to what the editor is saving. */
  yours: FieldChange[];
}

async function nextPosition(tx: Queryable, kind: RecordKind): Promise<number> {
  const [row] = await tx.query<{ p: number | null }>("SELECT max(position) AS p FROM record WHERE kind = $1", [kind]);
  return (row?.p ?? -1) + 1;
}

async function bodyOf(tx: Queryable, rev: number | null): Promise<Body | null> {
  if (rev === null) return null;
  const [row] = await tx.query<{ body: Body | null }>("SELECT body FROM revision WHERE rev = $1", [rev]);
  return row?.body ?? null;
}

/**
 * Writes a draft revision of one record, in one transaction: refused (409, with both sides' changes)
 * when the record's head is no longer `base`, i.e. someone saved in between. Validation is the
 * caller's (checkRecord) — nothing invalid reaches here from the desk's routes.
 */
export async function saveRecord(db: Db, input: SaveInput): Promise<RevisionInfo & { unchanged?: true }> {
  const { kind, id, body, base, author, reason } = input;
  return db.transaction(async (tx) => {
    const [current] = await tx.query<{ head_rev: number }>("SELECT head_rev FROM record WHERE kind = $1 AND id = $2 FOR UPDATE", [kind, id]);
    if (!current && base !== null) throw new StoreError(`there is no ${kind} "${id}"`, 404);
    if (current && base === null) {
      const head = await bodyOf(tx, current.head_rev);
      if (head !== null) throw new StoreError(`a ${kind} with the id "${id}" already exists`, 409, { field: "id" });
    }
    if (current && base !== null && current.head_rev !== base) {
      const [row] = await tx.query<RevisionRow>(`SELECT ${REVISION_COLUMNS} FROM revision v WHERE v.rev = $1`, [current.head_rev]);
      const started = await bodyOf(tx, base);
      const stale: Stale = { current: info(row!), theirs: diffRecords(started, row!.body), yours: diffRecords(row!.body, body) };
      throw new StoreError(`${row!.author} saved this ${kind} (revision ${row!.rev}) after you opened it: your change was not saved`, 409, { stale });
    }
    if (current && body !== null && JSON.stringify(await bodyOf(tx, current.head_rev)) === JSON.stringify(body)) {
      const [row] = await tx.query<RevisionRow>(`SELECT ${REVISION_COLUMNS} FROM revision v WHERE v.rev = $1`, [current.head_rev]);
      return { ...info(row!), unchanged: true as const };
    }
    if (!current && body === null) throw new StoreError(`there is no ${kind} "${id}" to delete`, 404);
    const [row] = await tx.query<RevisionRow>(
      `INSERT INTO revision AS v (kind, record_id, body, author, reason, base_rev) VALUES ($1, $2, $3::json, $4, $5, $6) RETURNING ${REVISION_COLUMNS}`,
      [kind, id, body === null ? null : JSON.stringify(body), author, reason, current?.head_rev ?? null],
    );
    const facts = recordFacts(kind, body);
    if (current)
      await tx.query("UPDATE record SET head_rev = $3, title = $4, lane = $5, start_ms = $6, search = $7, flags = $8 WHERE kind = $1 AND id = $2", [
        kind,
        id,
        row!.rev,
        facts.title,
        facts.lane,
        facts.start_ms,
        facts.search,
        facts.flags,
      ]);
    else
      await tx.query("INSERT INTO record (kind, id, position, head_rev, title, lane, start_ms, search, flags) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)", [
        kind,
        id,
        await nextPosition(tx, kind),
        row!.rev,
        facts.title,
        facts.lane,
        facts.start_ms,
        facts.search,
        facts.flags,
      ]);
    return info(row!);
  });
}

export interface Draft {
  kind: RecordKind;
  id: string;
  title: string;
  head: RevisionInfo;
  /** null: never published (a new record). */
  publishedRev: number | null;
  changes: FieldChange[];
  /** Who wrote the revisions since the published one, in the order they first did: with review on, none of them may publish it. */
  authors: string[];
}

/** Records whose latest revision is not what readers see: the changes a publish would make. */
export async function listDrafts(db: Queryable, only?: { kind: RecordKind; id: string }[]): Promise<Draft[]> {
  const rows = await db.query<RevisionRow & { title: string; published_rev: number | null; published_body: Body | null; authors: string[] }>(
    `SELECT ${REVISION_COLUMNS}, r.title, r.published_rev, p.body AS published_body,
       ARRAY(SELECT a.author FROM revision a WHERE a.kind = r.kind AND a.record_id = r.id AND a.rev > COALESCE(r.published_rev, 0)
             GROUP BY a.author ORDER BY min(a.rev)) AS authors
     FROM record r JOIN revision v ON v.rev = r.head_rev LEFT JOIN revision p ON p.rev = r.published_rev
     WHERE r.head_rev IS DISTINCT FROM r.published_rev
     ORDER BY v.rev`,
  );
  const wanted = only ? new Set(only.map((r) => `${r.kind}\n${r.id}`)) : null;
  return rows
    .filter((row) => !wanted || wanted.has(`${row.kind}\n${row.record_id}`))
    .filter((row) => !(row.published_rev === null && row.body === null))
    .map((row) => {
      const { body, ...head } = info(row);
      return { kind: row.kind, id: row.record_id, title: row.title, head, publishedRev: row.published_rev, changes: diffRecords(row.published_body, body), authors: row.authors };
    });
}

/** Any number both drivers take for pg_advisory_xact_lock: one publish at a time across instances. */
const PUBLISH_LOCK = 7_261_990_502;

export interface PublishInput {
  /** Publish only these records' drafts (default: every draft). */
  records?: { kind: RecordKind; id: string }[];
  author: string;
  note: string;
  /** With review on, a change may not be published by an editor who wrote any of its unpublished revisions. */
  review: boolean;
}

export interface PublishResult {
  publication: number;
  published: { kind: RecordKind; id: string; rev: number }[];
  /**
   * The record as published, as checked: its files (what readPublished reads back, byte for byte) and the
   * checked data set, so the publishing instance serves it without reading and checking it a second time.
   */
  record: { files: RawDataFiles; dataset: Dataset };
}

/**
 * Makes drafts what readers see, in one transaction: the record as it would then stand is checked
 * whole by data:check's rules (refused with every problem, 422, nothing published), then the
 * drafts' heads become their published revisions under a new publication, announced to every
 * instance (NOTIFY).
 */
export async function publish(db: Db, input: PublishInput): Promise<PublishResult> {
  return db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(${PUBLISH_LOCK})`);
    const drafts = await listDrafts(tx, input.records);
    if (drafts.length === 0) throw new StoreError(input.records ? "those records have no unpublished changes" : "there is nothing to publish", 409);
    if (input.review) {
      const own = drafts.filter((draft) => draft.authors.includes(input.author));
      if (own.length > 0)
        throw new StoreError(
          `review is on: another editor must publish your own changes (${own.map((d) => `${d.kind} ${d.id}`).join(", ")})`,
          403,
          { own: own.map(({ kind, id }) => ({ kind, id })) },
        );
    }
    const chosen = new Set(drafts.map((draft) => `${draft.kind}\n${draft.id}`));
    // The record after the publish: the chosen records' heads, everyone else's published revision.
    const rows = await tx.query<{ kind: RecordKind; id: string; head: Body | null; published: Body | null }>(
      `SELECT r.kind, r.id, h.body AS head, p.body AS published FROM record r
       JOIN revision h ON h.rev = r.head_rev LEFT JOIN revision p ON p.rev = r.published_rev
       ORDER BY r.position, r.id`,
    );
    const records = rows.flatMap(({ kind, id, head, published }) => {
      const body = chosen.has(`${kind}\n${id}`) ? head : published;
      return body ? [{ kind, id, body }] : [];
    });
    const files = fromRecords(records);
    const checked = validateDataset(files);
    if (!checked.ok) throw new StoreError(`publishing would leave ${checked.problems.length} problem(s) in the record: nothing was published`, 422, { problems: checked.problems });
    const [publication] = await tx.query<{ id: number }>("INSERT INTO publication (author, note, revisions) VALUES ($1, $2, $3) RETURNING id", [
      input.author,
      input.note,
      drafts.length,
    ]);
    const targets = JSON.stringify(drafts.map((d) => ({ kind: d.kind, id: d.id, rev: d.head.rev })));
    await tx.query(
      `UPDATE record r SET published_rev = t.rev FROM json_to_recordset($1::json) AS t(kind text, id text, rev bigint) WHERE r.kind = t.kind AND r.id = t.id`,
      [targets],
    );
    await tx.query(`UPDATE revision v SET publication_id = $2 FROM json_to_recordset($1::json) AS t(kind text, id text, rev bigint) WHERE v.rev = t.rev`, [
      targets,
      publication!.id,
    ]);
    await tx.query("SELECT pg_notify($1, $2)", [PUBLISH_CHANNEL, String(publication!.id)]);
    return { publication: publication!.id, published: drafts.map((d) => ({ kind: d.kind, id: d.id, rev: d.head.rev })), record: { files, dataset: checked.dataset } };
  });
}

/** Every revision of one record, newest first. */
export async function recordHistory(db: Queryable, kind: RecordKind, id: string): Promise<(RevisionInfo & { current: boolean; changes: FieldChange[] })[]> {
  const rows = await db.query<RevisionRow & { published_rev: number | null }>(
    `SELECT ${REVISION_COLUMNS}, r.published_rev FROM revision v JOIN record r ON r.kind = v.kind AND r.id = v.record_id
     WHERE v.kind = $1 AND v.record_id = $2 ORDER BY v.rev`,
    [kind, id],
  );
  let previous: Body | null = null;
  const out = rows.map((row) => {
    const { body, ...rest } = info(row);
    const entry = { ...rest, current: row.published_rev === row.rev, changes: diffRecords(previous, body) };
    previous = body;
    return entry;
  });
  return out.reverse();
}

export interface HistoryEntry extends RevisionInfo {
  title: string;
}

/** Revisions across the whole record, newest first, `limit` at a time before revision `before`. */
export async function wholeHistory(db: Queryable, { limit = 50, before }: { limit?: number; before?: number } = {}): Promise<HistoryEntry[]> {
  const rows = await db.query<RevisionRow & { title: string }>(
    `SELECT ${REVISION_COLUMNS}, r.title FROM revision v JOIN record r ON r.kind = v.kind AND r.id = v.record_id
     WHERE ($1::bigint IS NULL OR v.rev < $1) ORDER BY v.rev DESC LIMIT $2`,
    [before ?? null, Math.min(Math.max(limit, 1), 500)],
  );
  return rows.map((row) => {
    const { body, ...rest } = info(row);
    void body;
    return { ...rest, title: row.title };
  });
}

export interface Publication {
  id: number;
  at: string;
  author: string;
  note: string;
  revisions: number;
}

export async function listPublications(db: Queryable, limit = 50): Promise<Publication[]> {
  const rows = await db.query<{ id: number; published_at: Date; author: string; note: string; revisions: number }>(
    "SELECT id, published_at, author, note, revisions FROM publication ORDER BY id DESC LIMIT $1",
    [limit],
  );
  return rows.map((row) => ({ id: row.id, at: new Date(row.published_at).toISOString(), author: row.author, note: row.note, revisions: row.revisions }));
}

/** One revision with its content and what it changed from the revision before it. */
export async function getRevision(db: Queryable, rev: number): Promise<(RevisionInfo & { body: Body | null; previous: Body | null; changes: FieldChange[] }) | null> {
  const [row] = await db.query<RevisionRow>(`SELECT ${REVISION_COLUMNS} FROM revision v WHERE v.rev = $1`, [rev]);
  if (!row) return null;
  const [prior] = await db.query<{ body: Body | null }>("SELECT body FROM revision WHERE kind = $1 AND record_id = $2 AND rev < $3 ORDER BY rev DESC LIMIT 1", [
    row.kind,
    row.record_id,
    rev,
  ]);
  const previous = prior?.body ?? null;
  return { ...info(row), previous, changes: diffRecords(previous, row.body) };
}
