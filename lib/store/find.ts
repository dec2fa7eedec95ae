import type { FindQuery } from "../desk/api";
import type { DeskRefs } from "../desk/forms";
import type { RecordKind } from "../data/records";
import { foldText } from "../search/fold";
import { parseIsoDay } from "../time/partial-date";
import type { Queryable } from "./db";

export interface FoundRecord {
  kind: RecordKind;
  id: string;
  title: string;
  lane: string | null;
  start: number | null;
  flags: string[];
  headRev: number;
  /** Never published. */
  isNew: boolean;
  /** Its latest revision is not what readers see. */
  draft: boolean;
  /** An event's date as written ("2018-05", "2025-06-22T02:30"). */
  date: string | null;
  deleted: boolean;
}

/**
 * The desk's search: records of one kind as they stand (drafts in), filtered; events newest first
 * (or oldest first), other records in their files' order; or any kind by its latest revision.
 */
export async function findRecords(db: Queryable, query: FindQuery): Promise<{ total: number; records: FoundRecord[] }> {
  const where = ["r.kind = $1"];
  const params: unknown[] = [query.kind];
  const add = (clause: (n: string) => string, value: unknown) => {
    params.push(value);
    where.push(clause(`$${params.length}`));
  };
  for (const term of foldText(query.q ?? "").split(/\s+/).filter(Boolean)) add((n) => `strpos(r.search, ${n}) > 0`, term);
  if (query.lane) add((n) => `r.lane = ${n}`, query.lane);
  const from = parseIsoDay(query.from);
  const to = parseIsoDay(query.to);
  if (from !== null) add((n) => `r.start_ms >= ${n}`, from);
  if (to !== null) add((n) => `r.start_ms < ${n}`, to + 86_400_000);
  if (query.flag === "no-primary" || query.flag === "unverified") add((n) => `${n} = ANY(r.flags)`, query.flag);
  if (query.flag === "draft") where.push("r.head_rev IS DISTINCT FROM r.published_rev");
  // A note that names no snapshot belongs to the first one listed.
  if (query.snapshot)
    add(
      (n) => `(${n} = ANY(r.flags) OR (NOT EXISTS (SELECT 1 FROM unnest(r.flags) f WHERE f LIKE 'snapshot:%') AND substr(${n}, 10) = (
        SELECT s.id FROM record s JOIN revision sv ON sv.rev = s.head_rev WHERE s.kind = 'snapshot' AND sv.body IS NOT NULL ORDER BY s.position, s.id LIMIT 1)))`,
      `snapshot:${query.snapshot}`,
    );
  // Deleted records are found only when asked for.
  where.push(query.flag === "deleted" ? "'deleted' = ANY(r.flags)" : "NOT ('deleted' = ANY(r.flags))");
  const order =
    query.sort === "edited" ? "r.head_rev DESC" : query.kind !== "event" ? "r.position, r.id" : query.sort === "oldest" ? "r.start_ms NULLS LAST, r.id" : "r.start_ms DESC NULLS LAST, r.id";
  const rows = await db.query<{ kind: RecordKind; id: string; title: string; lane: string | null; start_ms: number | null; flags: string[]; head_rev: number; published_rev: number | null; date: string | null; total: number }>(
    `SELECT r.kind, r.id, r.title, r.lane, r.start_ms, r.flags, r.head_rev, r.published_rev, v.body->>'date' AS date, count(*) OVER ()::int AS total
     FROM record r JOIN revision v ON v.rev = r.head_rev WHERE ${where.join(" AND ")} ORDER BY ${order} LIMIT ${query.limit} OFFSET ${query.offset}`,
    params,
  );
  return {
    total: rows[0]?.total ?? 0,
    records: rows.map((row) => ({
      kind: row.kind,
      id: row.id,
      title: row.title,
      lane: row.lane,
      start: row.start_ms,
      flags: row.flags.filter((flag) => flag !== "deleted"),
      headRev: row.head_rev,
      isNew: row.published_rev === null,
      draft: row.head_rev !== row.published_rev,
      deleted: row.flags.includes("deleted"),
      date: row.date,
    })),
  };
}

/** The record's lanes, experts and snapshots as they stand (drafts in): the desk's choices. */
export async function readRefs(db: Queryable): Promise<DeskRefs & { drafts: number }> {
  const rows = await db.query<{ kind: RecordKind; id: string; body: Record<string, unknown> }>(
    `SELECT r.kind, r.id, v.body FROM record r JOIN revision v ON v.rev = r.head_rev
     WHERE v.body IS NOT NULL AND r.kind IN ('manifest', 'lane', 'expert', 'snapshot') ORDER BY r.position, r.id`,
  );
  const [{ n } = { n: 0 }] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM record WHERE head_rev IS DISTINCT FROM published_rev AND NOT (published_rev IS NULL AND 'deleted' = ANY(flags))");
  const text = (value: unknown) => (typeof value === "string" ? value : "");
  const of = (kind: RecordKind) => rows.filter((row) => row.kind === kind).map((row) => row.body);
  return {
    title: text(of("manifest")[0]?.title),
    lanes: of("lane")
      .map((lane) => ({ id: text(lane.id), label: text(lane.label), colour: text(lane.colour), order: typeof lane.order === "number" ? lane.order : 0 }))
      .sort((a, b) => a.order - b.order),
    experts: of("expert").map((expert) => ({ id: text(expert.id), name: text(expert.name) })),
    snapshots: of("snapshot").map((snapshot) => ({ id: text(snapshot.id), title: text(snapshot.title), asOf: text(snapshot.asOf) })),
    drafts: n,
  };
}
