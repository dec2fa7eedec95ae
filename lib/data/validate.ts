import type { z } from "zod";
import {
  annotationSchema,
  eventSchema,
  expertSchema,
  laneSchema,
  manifestSchema,
  snapshotSchema,
  storySchema,
  type Annotation,
  type Manifest,
  type Story,
  type TimelineEvent,
} from "../schema";
import { eventInterval, isTimed, parsePartialDate, precisionOf, timedDateProblem } from "../time/partial-date";
import { checkText } from "./check-text";
import { DATA_FILES, type RawDataFiles } from "./files";
import type { DataProblem } from "./problem";
import { KIND_FILE, type RecordKind } from "./records";
import { IMPLICIT_SNAPSHOT_ID } from "./snapshots";

export interface Dataset {
  manifest: Manifest;
  events: TimelineEvent[];
  annotations: Annotation[];
  stories: Story[];
}

export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; problems: DataProblem[] };

export type Report = (record: string, field: string, message: string) => void;
export type Ids = Pick<ReadonlySet<string>, "has">;

function recordName(value: unknown, index: number): string {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === "string" && id.length > 0 ? id : `[${index}]`;
}

function issuePath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? "(record)" : path.map(String).join(".");
}

function parseArray<T>(file: string, raw: unknown, schema: z.ZodType<T>, problems: DataProblem[]): T[] {
  if (!Array.isArray(raw)) {
    problems.push({ file, record: "(file)", field: "(root)", message: "must be a JSON array of records" });
    return [];
  }
  const parsed: T[] = [];
  raw.forEach((item, index) => {
    const result = schema.safeParse(item);
    if (result.success) parsed.push(result.data);
    else
      for (const issue of result.error.issues)
        problems.push({ file, record: recordName(item, index), field: issuePath(issue.path), message: issue.message });
  });
  return parsed;
}

function checkUnique(records: { id: string }[], report: Report, what: string) {
  const seen = new Set<string>();
  for (const { id } of records) {
    if (seen.has(id)) report(id, "id", `duplicate ${what} id "${id}"`);
    seen.add(id);
  }
}

/** Whether the written form matches the precision and names a real date (and, for a time, a real instant). */
function checkDate(value: string, precision: string, zone: string | undefined, field: string, record: string, report: Report): boolean {
  if (precisionOf(value) !== precision) report(record, field, `"${value}" does not match precision "${precision}"`);
  else if (!parsePartialDate(value)) report(record, field, `"${value}" is not a real ${isTimed(precisionOf(value)!) ? "date and time" : "calendar date"}`);
  else {
    const problem = timedDateProblem(value, zone);
    if (problem === null) return true;
    report(record, field, problem);
  }
  return false;
}

function checkEvents(events: TimelineEvent[], laneIds: Ids, ids: Ids, report: Report) {
  for (const event of events) {
    let datesOk = checkDate(event.date, event.precision, event.zone, "date", event.id, report);
    if (event.end !== undefined) datesOk = checkDate(event.end, event.precision, event.zone, "end", event.id, report) && datesOk;
    if (event.zone !== undefined && !isTimed(event.precision))
      report(event.id, "zone", `a zone applies only to hour or minute precision, not "${event.precision}" (calendar dates have no zone)`);
    // Compared as instants, so an end written in another offset is judged by when it happens.
    if (datesOk && event.end !== undefined) {
      const [start] = eventInterval({ date: event.date, zone: event.zone });
      const [end] = eventInterval({ date: event.end, zone: event.zone });
      if (end < start) report(event.id, "end", `ends (${event.end}) before it starts (${event.date})`);
    }
    if (!laneIds.has(event.lane)) report(event.id, "lane", `unknown lane "${event.lane}"`);
    event.related.forEach((link, i) => {
      if (link.id === event.id) report(event.id, `related.${i}.id`, "an event cannot relate to itself");
      else if (!ids.has(link.id)) report(event.id, `related.${i}.id`, `unknown event "${link.id}"`);
    });
  }
}

function checkAnnotations(annotations: Annotation[], eventIds: Ids, expertIds: Ids, snapshotIds: Ids | null, report: Report) {
  for (const note of annotations) {
    if (!expertIds.has(note.expert)) report(note.id, "expert", `unknown expert "${note.expert}"`);
    if (note.snapshot !== undefined && !(snapshotIds ?? new Set([IMPLICIT_SNAPSHOT_ID])).has(note.snapshot))
      report(note.id, "snapshot", snapshotIds ? `unknown snapshot "${note.snapshot}"` : `unknown snapshot "${note.snapshot}": dataset.json lists no snapshots`);
    note.anchors.events.forEach((id, i) => {
      if (!eventIds.has(id)) report(note.id, `anchors.events.${i}`, `unknown event "${id}"`);
    });
    const range = note.anchors.range;
    if (range) {
      if (!parsePartialDate(range.from)) report(note.id, "anchors.range.from", `"${range.from}" is not a real calendar date`);
      if (!parsePartialDate(range.to)) report(note.id, "anchors.range.to", `"${range.to}" is not a real calendar date`);
      if (range.to < range.from) report(note.id, "anchors.range.to", `ends (${range.to}) before it starts (${range.from})`);
    }
  }
}

function checkSnapshots(manifest: Pick<Manifest, "snapshots">, report: Report) {
  for (const snapshot of manifest.snapshots ?? [])
    if (!parsePartialDate(snapshot.asOf)) report(`snapshot ${snapshot.id}`, "asOf", `"${snapshot.asOf}" is not a real calendar date`);
}

/** The manifest's own snapshot day (2025-02-30 fits the schema's pattern, but is no day). */
function checkAsOf(manifest: Pick<Manifest, "asOf">, report: Report) {
  if (!parsePartialDate(manifest.asOf)) report("(manifest)", "asOf", `"${manifest.asOf}" is not a real calendar date`);
}

function checkDefaultView(manifest: Pick<Manifest, "defaultView">, laneIds: Ids, report: Report) {
  const view = manifest.defaultView;
  if (!view) return;
  for (const key of ["from", "to"] as const)
    if (!parsePartialDate(view[key])) report("(manifest)", `defaultView.${key}`, `"${view[key]}" is not a real calendar date`);
  if (view.to <= view.from) report("(manifest)", "defaultView.to", `must be after from (${view.from})`);
  view.lanes?.forEach((id, i) => laneIds.has(id) || report("(manifest)", `defaultView.lanes.${i}`, `unknown lane "${id}"`));
}

export function checkStories(stories: Story[], eventIds: Ids, laneIds: Ids, annotationIds: Ids, report: Report) {
  for (const story of stories)
    story.steps.forEach((step, s) => {
      const at = `steps.${s}`;
      for (const key of ["from", "to"] as const)
        if (!parsePartialDate(step[key])) report(story.id, `${at}.${key}`, `"${step[key]}" is not a real calendar date`);
      if (step.to <= step.from) report(story.id, `${at}.to`, `must be after from (${step.from})`);
      step.events.forEach((id, i) => eventIds.has(id) || report(story.id, `${at}.events.${i}`, `unknown event "${id}"`));
      step.lanes?.forEach((id, i) => laneIds.has(id) || report(story.id, `${at}.lanes.${i}`, `unknown lane "${id}"`));
      step.quotes.forEach((id, i) => annotationIds.has(id) || report(story.id, `${at}.quotes.${i}`, `unknown annotation "${id}"`));
    });
}

/** Schema plus everything a schema cannot say: real dates, order, unique ids, references that resolve. */
export function validateDataset(raw: RawDataFiles): ValidationResult {
  const problems: DataProblem[] = [];
  const reporter =
    (file: string): Report =>
    (record, field, message) =>
      problems.push({ file, record, field, message });

  const broken = raw.broken ?? new Set();
  const manifestResult = broken.has("manifest") ? null : manifestSchema.safeParse(raw.manifest);
  if (manifestResult && !manifestResult.success)
    for (const issue of manifestResult.error.issues)
      problems.push({ file: DATA_FILES.manifest, record: "(manifest)", field: issuePath(issue.path), message: issue.message });
  const manifest = manifestResult?.success ? manifestResult.data : null;

  const events = broken.has("events") ? [] : parseArray(DATA_FILES.events, raw.events, eventSchema, problems);
  const annotations = broken.has("annotations") ? [] : parseArray(DATA_FILES.annotations, raw.annotations, annotationSchema, problems);
  const stories = raw.stories === undefined || broken.has("stories") ? [] : parseArray(DATA_FILES.stories, raw.stories, storySchema, problems);

  // Text limits and bidi controls, on the raw records so a record the schema refused is checked too.
  if (!broken.has("manifest")) checkText(raw.manifest, "(manifest)", reporter(DATA_FILES.manifest));
  for (const key of ["events", "annotations", "stories"] as const)
    if (!broken.has(key) && Array.isArray(raw[key])) (raw[key] as unknown[]).forEach((item, i) => checkText(item, recordName(item, i), reporter(DATA_FILES[key])));

  const manifestReport = reporter(DATA_FILES.manifest);
  if (manifest) {
    checkUnique(manifest.lanes, (id, field, message) => manifestReport(`lane ${id}`, field, message), "lane");
    checkUnique(manifest.experts, (id, field, message) => manifestReport(`expert ${id}`, field, message), "expert");
    checkUnique(manifest.snapshots ?? [], (id, field, message) => manifestReport(`snapshot ${id}`, field, message), "snapshot");
  }
  const laneIds = new Set(manifest?.lanes.map((lane) => lane.id));
  const expertIds = new Set(manifest?.experts.map((expert) => expert.id));
  const snapshotIds = manifest?.snapshots ? new Set(manifest.snapshots.map((snapshot) => snapshot.id)) : null;
  // A reference into a broken file cannot be judged, so it is taken as resolving.
  const anything: Ids = { has: () => true };
  const eventIds: Ids = broken.has("events") ? anything : new Set(events.map((event) => event.id));
  const annotationIds: Ids = broken.has("annotations") ? anything : new Set(annotations.map((note) => note.id));

  checkUnique(events, reporter(DATA_FILES.events), "event");
  checkUnique(annotations, reporter(DATA_FILES.annotations), "annotation");
  checkUnique(stories, reporter(DATA_FILES.stories), "story");
  // Without a manifest every lane and expert would be reported unknown: one problem is enough.
  if (manifest) {
    checkAsOf(manifest, manifestReport);
    checkDefaultView(manifest, laneIds, manifestReport);
    checkSnapshots(manifest, manifestReport);
    checkEvents(events, laneIds, new Set(events.map((event) => event.id)), reporter(DATA_FILES.events));
    checkAnnotations(annotations, eventIds, expertIds, snapshotIds, reporter(DATA_FILES.annotations));
    checkStories(stories, eventIds, laneIds, annotationIds, reporter(DATA_FILES.stories));
  }

  if (problems.length > 0 || !manifest) return { ok: false, problems };
  const start = new Map(events.map((event) => [event, eventInterval(event)[0]]));
  const sorted = [...events].sort((a, b) => start.get(a)! - start.get(b)! || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { ok: true, dataset: { manifest, events: sorted, annotations, stories } };
}

/** The ids a single record's references are checked against: the rest of the record as it stands. */
export interface RecordRefs {
  laneIds: Ids;
  expertIds: Ids;
  eventIds: Ids;
  annotationIds: Ids;
  /** null when the set lists no snapshots (its notes form one, implicitly). */
  snapshotIds: Ids | null;
}

/** The manifest's own fields; its lanes, experts and snapshots are records of their own. */
const manifestFieldsSchema = manifestSchema.omit({ lanes: true, experts: true, snapshots: true });

const RECORD_SCHEMAS: Record<RecordKind, z.ZodType> = {
  manifest: manifestFieldsSchema,
  lane: laneSchema,
  expert: expertSchema,
  snapshot: snapshotSchema,
  event: eventSchema,
  annotation: annotationSchema,
  story: storySchema,
};

/** How a problem names a record of each kind, as validateDataset does ("lane us", "(manifest)", an event's id). */
export function recordLabel(kind: RecordKind, id: string): string {
  if (kind === "manifest") return "(manifest)";
  return kind === "lane" || kind === "expert" || kind === "snapshot" ? `${kind} ${id}` : id;
}

/**
 * One record checked by the same rules as a whole set (schema, text limits and bidi controls, real
 * dates, references), its references resolved against `refs`: what the desk runs as an editor types
 * and again on save. Uniqueness and what only the whole set shows are checked when it is published.
 */
export function validateRecord(kind: RecordKind, raw: unknown, refs: RecordRefs): DataProblem[] {
  const problems: DataProblem[] = [];
  const file = KIND_FILE[kind];
  const id = (raw as { id?: unknown } | null)?.id;
  const name = kind === "manifest" ? "(manifest)" : recordLabel(kind, typeof id === "string" && id ? id : "[new]");
  const report: Report = (_record, field, message) => problems.push({ file, record: name, field, message });
  const parsed = RECORD_SCHEMAS[kind].safeParse(raw);
  if (!parsed.success) for (const issue of parsed.error.issues) report(name, issuePath(issue.path), issue.message);
  checkText(raw, name, report);
  if (!parsed.success) return problems;
  const value = parsed.data as never;
  if (kind === "manifest") {
    checkAsOf(value, report);
    checkDefaultView(value, refs.laneIds, report);
  }
  else if (kind === "snapshot") checkSnapshots({ snapshots: [value] }, report);
  else if (kind === "event") checkEvents([value], refs.laneIds, refs.eventIds, report);
  else if (kind === "annotation") checkAnnotations([value], refs.eventIds, refs.expertIds, refs.snapshotIds, report);
  else if (kind === "story") checkStories([value], refs.eventIds, refs.laneIds, refs.annotationIds, report);
  return problems;
}
