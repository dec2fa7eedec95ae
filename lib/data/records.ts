import { DATA_FILES, type RawDataFiles } from "./files";

/**
 * The records a data set is made of, as the store keeps them: the manifest's own fields, then its
 * lanes, experts and snapshots, then events, annotations and stories. Each is kept as written in its
 * file, so a set split into records and put back together is the same set, down to its keys' order.
 */
export const RECORD_KINDS = ["manifest", "lane", "expert", "snapshot", "event", "annotation", "story"] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** The file each kind is written to. */
export const KIND_FILE: Record<RecordKind, string> = {
  manifest: DATA_FILES.manifest,
  lane: DATA_FILES.manifest,
  expert: DATA_FILES.manifest,
  snapshot: DATA_FILES.manifest,
  event: DATA_FILES.events,
  annotation: DATA_FILES.annotations,
  story: DATA_FILES.stories,
};

/** The manifest's lists that are records of their own. */
const MANIFEST_LISTS = { lane: "lanes", expert: "experts", snapshot: "snapshots" } as const;
const FILE_LISTS = { event: "events", annotation: "annotations", story: "stories" } as const;

/** The one manifest record's id. */
export const MANIFEST_ID = "manifest";

export interface RecordBody {
  kind: RecordKind;
  id: string;
  /** The record as its file holds it; for the manifest, with its lists left empty. */
  body: Record<string, unknown>;
}

function objects(list: unknown): Record<string, unknown>[] {
  return Array.isArray(list) ? list.filter((item): item is Record<string, unknown> => typeof item === "object" && item !== null) : [];
}

function idOf(record: Record<string, unknown>, index: number): string {
  return typeof record.id === "string" && record.id !== "" ? record.id : `[${index}]`;
}

/** A set's records in file order (each kind's list in the order its file gives). */
export function toRecords(raw: RawDataFiles): RecordBody[] {
  const manifest = (typeof raw.manifest === "object" && raw.manifest !== null ? raw.manifest : {}) as Record<string, unknown>;
  const out: RecordBody[] = [];
  const own: Record<string, unknown> = { ...manifest };
  for (const key of Object.values(MANIFEST_LISTS)) if (key in own) own[key] = [];
  out.push({ kind: "manifest", id: MANIFEST_ID, body: own });
  for (const [kind, key] of Object.entries(MANIFEST_LISTS) as [RecordKind, string][])
    objects(manifest[key]).forEach((body, i) => out.push({ kind, id: idOf(body, i), body }));
  for (const [kind, key] of Object.entries(FILE_LISTS) as [RecordKind, keyof RawDataFiles][])
    objects(raw[key]).forEach((body, i) => out.push({ kind, id: idOf(body, i), body }));
  return out;
}

/** The raw files of a set from its records, each kind in the order given. */
export function fromRecords(records: Iterable<RecordBody>): RawDataFiles {
  let manifest: Record<string, unknown> = {};
  const lists: Record<RecordKind, Record<string, unknown>[]> = { manifest: [], lane: [], expert: [], snapshot: [], event: [], annotation: [], story: [] };
  for (const record of records) {
    if (record.kind === "manifest") manifest = { ...record.body };
    else lists[record.kind].push(record.body);
  }
  // Assigning to a key the body already has keeps its place in the file.
  manifest.lanes = lists.lane;
  manifest.experts = lists.expert;
  if (lists.snapshot.length > 0) manifest.snapshots = lists.snapshot;
  else delete manifest.snapshots;
  return { manifest, events: lists.event, annotations: lists.annotation, stories: lists.story };
}
