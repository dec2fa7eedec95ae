import type { Source, TimelineEvent } from "../schema";

/**
 * Our CSV: one row per event, these columns in this order (export writes all of them; import needs title and date
 * and reads the others when present). Lists (actors, tags, sources, related) use LIST_SEPARATOR; the n-th entries
 * of the source_* columns make the n-th source; related entries are "event-id: label".
 */
export const OUR_COLUMNS = [
  "id",
  "title",
  "summary",
  "date",
  "precision",
  "end",
  "zone",
  "date_note",
  "lane",
  "actors",
  "tags",
  "importance",
  "unverified",
  "source_url",
  "source_title",
  "source_publisher",
  "source_type",
  "related",
] as const;
export type OurColumn = (typeof OUR_COLUMNS)[number];

export const LIST_SEPARATOR = " | ";

/** Which column holds an event field, for messages ("sources.1.url" → "source_url"). */
export const FIELD_COLUMN: Readonly<Record<string, OurColumn>> = {
  id: "id",
  title: "title",
  summary: "summary",
  date: "date",
  precision: "precision",
  end: "end",
  zone: "zone",
  dateNote: "date_note",
  lane: "lane",
  actors: "actors",
  tags: "tags",
  importance: "importance",
  unverified: "unverified",
  related: "related",
  "sources.url": "source_url",
  "sources.title": "source_title",
  "sources.publisher": "source_publisher",
  "sources.type": "source_type",
  sources: "source_url",
};

export function columnOfField(field: string): string {
  const [top, , leaf] = field.split(".");
  return FIELD_COLUMN[leaf && top === "sources" ? `sources.${leaf}` : top!] ?? field;
}

/** Fields that the schema may carry (importance, unverified, a source's type); read without assuming they exist. */
function optional(record: object, key: string): unknown {
  return (record as Record<string, unknown>)[key];
}

const list = (values: readonly string[]) => values.join(LIST_SEPARATOR);
const text = (value: unknown) => (value === undefined || value === null ? "" : String(value));

/** One event as a row of OUR_COLUMNS, lane written as its id. */
export function eventToRow(event: TimelineEvent): string[] {
  const sources: Source[] = event.sources;
  const cells: Record<OurColumn, string> = {
    id: event.id,
    title: event.title,
    summary: event.summary,
    date: event.date,
    precision: event.precision,
    end: event.end ?? "",
    zone: event.zone ?? "",
    date_note: event.dateNote ?? "",
    lane: event.lane,
    actors: list(event.actors),
    tags: list(event.tags),
    importance: text(optional(event, "importance")),
    unverified: text(optional(event, "unverified")),
    source_url: list(sources.map((s) => s.url)),
    source_title: list(sources.map((s) => s.title)),
    source_publisher: list(sources.map((s) => s.publisher)),
    source_type: sources.some((s) => optional(s, "type") !== undefined) ? list(sources.map((s) => text(optional(s, "type")))) : "",
    related: list(event.related.map((r) => `${r.id}: ${r.label}`)),
  };
  return OUR_COLUMNS.map((column) => cells[column]);
}
