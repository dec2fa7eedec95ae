import { DATA_FILES, type RawDataFiles } from "../data/files";
import type { DataProblem } from "../data/problem";
import { validateDataset, type Dataset } from "../data/validate";
import type { Lane, Source } from "../schema";
import { DAY_MS, eventInterval, toIsoDay } from "../time/partial-date";
import { ERA_LANE, type Draft, type DraftRow } from "./draft";
import { createIdAllocator, isId, toId } from "./ids";
import { ERA_COLOUR, laneColour } from "./palette";
import type { ImportProblem } from "./problems";

export interface AssembleOptions {
  /** The set to update: events with the same id are replaced, new ones added, its lanes reused by id or label. */
  into?: Dataset;
  /** Import the rows that can be imported and list the rest, instead of refusing the whole file. */
  partial?: boolean;
  /** The source given to events that cite none (the file's own origin); without it such rows are refused. */
  defaultSource?: Source;
}

export type ImportResult =
  | { ok: true; dataset: Dataset; added: string[]; updated: string[]; skipped: ImportProblem[]; warnings: ImportProblem[] }
  | { ok: false; problems: ImportProblem[]; warnings: ImportProblem[] };

const DEFAULT_LANE = "Events";

function humanise(id: string): string {
  const words = id.replace(/-/g, " ");
  return words[0]!.toUpperCase() + words.slice(1);
}

/** Lanes for the rows' lane keys: the target set's lanes by id or label, then new ones in order of appearance. */
function resolveLanes(rows: DraftRow[], existing: Lane[]): { lanes: Lane[]; laneOf: (row: DraftRow) => string } {
  const lanes = [...existing];
  const byKey = new Map<string, string>();
  for (const lane of existing) {
    byKey.set(lane.id.toLowerCase(), lane.id);
    byKey.set(lane.label.toLowerCase(), lane.id);
  }
  const ids = createIdAllocator(existing.map((lane) => lane.id));
  let order = Math.max(0, ...existing.map((lane) => lane.order));
  const add = (key: string, label: string, colour: string, wanted?: string) => {
    const id = ids.take(wanted && isId(wanted) ? wanted : isId(key) ? key : toId(key) || "lane");
    lanes.push({ id, label, colour, order: ++order });
    byKey.set(key.toLowerCase(), id);
    return id;
  };
  const keyOf = (row: DraftRow) => (typeof row.lane === "string" ? row.lane.trim() || DEFAULT_LANE : null);
  for (const row of rows) {
    const key = keyOf(row);
    if (key === null || byKey.has(key.toLowerCase())) continue;
    // A lane id the file names (our own TimelineJS export) finds its lane even when the label changed.
    const hinted = row.laneId && existing.find((lane) => lane.id === row.laneId);
    if (hinted) byKey.set(key.toLowerCase(), hinted.id);
    else add(key, isId(key) ? humanise(key) : key, laneColour(lanes.length), row.laneId);
  }
  // Eras come last, whatever order the file gives them in.
  let eraLane = byKey.get(ERA_LANE.label.toLowerCase());
  if (rows.some((row) => row.lane === ERA_LANE) && !eraLane) eraLane = add(ERA_LANE.id, ERA_LANE.label, ERA_COLOUR);
  return { lanes, laneOf: (row) => (row.lane === ERA_LANE ? eraLane! : byKey.get(keyOf(row)!.toLowerCase())!) };
}

/**
 * Ids the file gives are kept (slugged when they are not kebab-case); the rest are slugs of the title, -2, -3 on
 * collision. A duplicate given id is a problem; its row gets a stand-in id so its other problems still find it.
 */
function assignIds(draft: Draft, rows: DraftRow[], problems: ImportProblem[]): string[] {
  const given = rows.map((row) => (row.id === undefined ? null : isId(row.id) ? row.id : toId(row.id) || null));
  const firstRow = new Map<string, DraftRow>();
  const ids = createIdAllocator();
  for (const id of given) if (id !== null) ids.reserve(id);
  return rows.map((row, i) => {
    const id = given[i];
    if (id === null || id === undefined) return ids.take(toId(row.idFrom) || "event");
    const first = firstRow.get(id);
    if (!first) {
      firstRow.set(id, row);
      return id;
    }
    problems.push({ file: draft.file, row: row.where, column: row.column("id"), message: `duplicate id "${id}" (also ${first.where})` });
    return ids.take(id);
  });
}

/** The first day after every event has ended: an imported set has no commentary, so no event is "after" it. */
function dayAfterLast(events: readonly Record<string, unknown>[]): string | null {
  let max = -Infinity;
  for (const event of events) {
    try {
      max = Math.max(max, eventInterval(event as { date: string; end?: string; zone?: string })[1]);
    } catch {
      // An unreadable date is reported by validation.
    }
  }
  return Number.isFinite(max) ? toIsoDay(Math.ceil(max / DAY_MS) * DAY_MS) : null;
}

function upsert<T extends { id: string }>(base: readonly T[], incoming: readonly T[]): T[] {
  const byId = new Map(incoming.map((item) => [item.id, item]));
  const kept = base.map((item) => byId.get(item.id) ?? item);
  const known = new Set(base.map((item) => item.id));
  return [...kept, ...incoming.filter((item) => !known.has(item.id))];
}

function fileTitle(file: string): string {
  return file.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "") || "Imported timeline";
}

/** The raw data set a draft makes, with a map from event id back to its row. */
function build(draft: Draft, rows: DraftRow[], options: AssembleOptions, problems: ImportProblem[]) {
  const { into } = options;
  const { lanes, laneOf } = resolveLanes(rows, into?.manifest.lanes ?? []);
  const ids = assignIds(draft, rows, problems);
  const rowById = new Map<string, DraftRow>();
  const events = rows.map((row, i) => {
    rowById.set(ids[i]!, row);
    const cited: unknown[] = Array.isArray(row.event.sources) ? row.event.sources : [];
    const sources = cited.length > 0 ? cited : options.defaultSource ? [options.defaultSource] : [];
    if (sources.length === 0)
      problems.push({
          file: draft.file,
          row: row.where,
          column: row.column("sources"),
        message: "no http(s) link to cite, and every event needs a source: add one, or import with --source-url <where this timeline is published>",
      });
    return { id: ids[i]!, lane: laneOf(row), ...row.event, sources };
  });
  const title = draft.title ?? fileTitle(draft.file);
  const manifest = into
    ? { ...into.manifest, lanes }
    : {
        id: toId(title) || "imported",
        title,
        description: draft.description ?? `Imported from ${draft.file.replace(/^.*[\\/]/, "")}.`,
        asOf: dayAfterLast(events) ?? "2000-01-01",
        asOfLabel: "End of the imported timeline",
        lanes,
        experts: [],
      };
  const raw: RawDataFiles = {
    manifest,
    events: upsert(into?.events ?? [], events as { id: string }[]),
    annotations: into?.annotations ?? [],
    stories: into?.stories ?? [],
  };
  return { raw, rowById, eventIds: new Set(ids) };
}

const rowNumber = (p: ImportProblem) => Number(/^row (\d+)$/.exec(p.row)?.[1] ?? Infinity);

/** Problems in file order, so a long list reads from the top of the spreadsheet down. */
function sortByRow(problems: ImportProblem[]): ImportProblem[] {
  return problems.map((p, i) => ({ p, i })).sort((a, b) => rowNumber(a.p) - rowNumber(b.p) || a.i - b.i).map(({ p }) => p);
}

function locate(problem: DataProblem, draft: Draft, rowById: Map<string, DraftRow>): ImportProblem & { row: string } {
  const row = problem.file === DATA_FILES.events ? rowById.get(problem.record) : undefined;
  if (row) return { file: draft.file, row: row.where, column: row.column(problem.field), message: problem.message };
  return { file: problem.file, row: problem.record, column: problem.field, message: problem.message };
}

/**
 * Turns a reader's draft into a validated data set: lanes and ids settled, events given their source, merged into
 * `into` when updating, and checked by the same validation as `npm run data:check`. Every problem names the file's
 * row and column. With `partial`, rows with problems are left out (and listed) as long as the rest is valid.
 */
export function assembleDataset(draft: Draft, options: AssembleOptions = {}): ImportResult {
  let rows = draft.rows;
  const skipped: ImportProblem[] = [...draft.problems];
  for (;;) {
    const problems: ImportProblem[] = [];
    const { raw, rowById, eventIds } = build(draft, rows, options, problems);
    const result = validateDataset(raw);
    // A row already told it has no source is not told again by the schema.
    const told = new Set(problems.map((p) => `${p.row}\u0000${p.column}`));
    const located = result.ok ? [] : result.problems.map((p) => locate(p, draft, rowById)).filter((p) => !told.has(`${p.row}\u0000${p.column}`));
    const all = [...problems, ...located];
    if (all.length === 0 && result.ok && (options.partial || skipped.length === 0)) {
      const existing = new Set(options.into?.events.map((event) => event.id));
      const touched = [...eventIds];
      return {
        ok: true,
        dataset: result.dataset,
        added: touched.filter((id) => !existing.has(id)),
        updated: touched.filter((id) => existing.has(id)),
        skipped,
        warnings: draft.warnings,
      };
    }
    const badRows = new Set(all.map((p) => p.row));
    const remaining = rows.filter((row) => !badRows.has(row.where));
    // Without --partial, or when a problem is not any one row's (the target set itself), nothing is imported.
    if (!options.partial || remaining.length === rows.length || remaining.length === 0)
      return { ok: false, problems: sortByRow([...skipped, ...all]), warnings: draft.warnings };
    skipped.push(...all);
    rows = remaining;
    skipped.splice(0, skipped.length, ...sortByRow(skipped));
  }
}
