import type { RecordKind } from "../data/records";
import { HEADLINE_MAX } from "../schema/annotation";
import { SOURCE_TYPE_LABELS, type SourceType } from "../schema/primitives";
import type { Json } from "./edit";

/**
 * The desk's forms: for each kind of record, its fields in the order the data format writes them
 * (docs/DATA.md). One description drives the form, where a new key is placed, and which input shows
 * each problem; the rules themselves are data:check's (lib/data/validate.ts).
 */

/** What the desk knows of the record as it stands, for choices: lanes, experts, snapshots. */
export interface DeskRefs {
  title: string;
  lanes: { id: string; label: string; colour: string; order: number }[];
  experts: { id: string; name: string }[];
  snapshots: { id: string; title: string; asOf: string }[];
}

export interface Option {
  value: string;
  label: string;
}

interface Base {
  key: string;
  label: string;
  /** Shown under the label; a function when it depends on the record (a date's form on its precision). */
  hint?: string | ((record: Json) => string);
  optional?: boolean;
  /** Only when creating: an id never changes once saved. */
  createOnly?: boolean;
  /** Shown only when the record says so (a zone only for timed precisions). */
  when?: (record: Json) => boolean;
}

export type Field =
  | (Base & { type: "text"; rows?: number; placeholder?: string; maxLength?: number })
  | (Base & { type: "number"; min?: number; max?: number })
  | (Base & { type: "select"; options: (refs: DeskRefs) => Option[] })
  | (Base & { type: "strings" })
  | (Base & { type: "ids"; of: "event" | "annotation" })
  | (Base & { type: "lanes" })
  | (Base & { type: "colour" })
  | (Base & { type: "group"; fields: Field[] })
  | (Base & { type: "list"; item: Field[]; itemName: string; blank: () => Json });

const PRECISIONS: Option[] = [
  { value: "year", label: "Year (2025)" },
  { value: "month", label: "Month (2025-04)" },
  { value: "day", label: "Day (2025-04-19)" },
  { value: "hour", label: "Hour (2025-06-22T02)" },
  { value: "minute", label: "Minute (2025-06-22T02:30)" },
];

const DATE_FORMS: Record<string, string> = {
  year: "YYYY, e.g. 2025",
  month: "YYYY-MM, e.g. 2025-04 (drawn over the whole month)",
  day: "YYYY-MM-DD, e.g. 2026-02-28",
  hour: "YYYY-MM-DDTHH, with a zone below or an offset (…T02+03:30)",
  minute: "YYYY-MM-DDTHH:mm, with a zone below or an offset (…T02:30+03:30)",
};

const isTimed = (record: Json) => record.precision === "hour" || record.precision === "minute";

const sourceTypes = (): Option[] => (Object.entries(SOURCE_TYPE_LABELS) as [SourceType, string][]).map(([value, label]) => ({ value, label: `${value}: ${label}` }));

export const sourceFields: Field[] = [
  { key: "title", label: "Title", hint: "The publisher's own title", type: "text" },
  { key: "publisher", label: "Publisher", hint: "The original publisher, never a republisher", type: "text" },
  { key: "url", label: "URL", hint: "https:// wherever the publisher serves it", type: "text", placeholder: "https://" },
  { key: "type", label: "Type", optional: true, type: "select", options: sourceTypes },
];

const blankSource = (): Json => ({ title: "", publisher: "", url: "", type: "wire" });

export const FORMS: Record<RecordKind, Field[]> = {
  event: [
    { key: "id", label: "Id", hint: "kebab-case, used in links (?event=…); fixed once saved", type: "text", createOnly: true },
    { key: "title", label: "Title", type: "text" },
    { key: "shortTitle", label: "Short title", hint: "At most 40 characters: the figure's label when the title is long", type: "text", optional: true, maxLength: 40 },
    { key: "summary", label: "Summary", hint: "One to three sentences in the project's voice", type: "text", rows: 3 },
    { key: "date", label: "Date", hint: (r) => DATE_FORMS[String(r.precision)] ?? "as precise as it is known", type: "text" },
    { key: "precision", label: "Precision", type: "select", options: () => PRECISIONS },
    { key: "end", label: "End (a range)", hint: (r) => `The last ${String(r.precision ?? "day")} of the range, same form as the date; empty for one ${String(r.precision ?? "day")}`, type: "text", optional: true },
    { key: "zone", label: "Time zone", hint: "IANA zone of a time written without an offset, e.g. Asia/Tehran", type: "text", optional: true, when: isTimed },
    { key: "dateNote", label: "Date note", hint: "Time zones, announced vs in force, conflicting sources", type: "text", rows: 2, optional: true },
    { key: "lane", label: "Lane", type: "select", options: (refs) => refs.lanes.map((lane) => ({ value: lane.id, label: lane.label })) },
    {
      key: "importance",
      label: "Importance",
      type: "select",
      options: () => [
        { value: "3", label: "3: headline event" },
        { value: "2", label: "2: notable" },
        { value: "1", label: "1: background" },
      ],
    },
    { key: "unverified", label: "Unverified because", hint: "Why it is not confirmed (one source, commentary alone); empty when it is", type: "text", rows: 2, optional: true },
    { key: "actors", label: "Actors", hint: "Separated by commas", type: "strings" },
    { key: "tags", label: "Tags", hint: "Separated by commas", type: "strings" },
    { key: "sources", label: "Sources", hint: "At least one; two independent ones, one official or wire where it exists", type: "list", item: sourceFields, itemName: "Source", blank: blankSource },
    {
      key: "related",
      label: "Related events",
      hint: "Read from this event: \"led to\", \"response to\", \"next round\"",
      type: "list",
      optional: true,
      itemName: "Link",
      blank: () => ({ id: "", label: "" }),
      item: [
        { key: "id", label: "Event", type: "ids", of: "event" },
        { key: "label", label: "Label", type: "text" },
      ],
    },
  ],
  annotation: [
    { key: "id", label: "Id", hint: "kebab-case; fixed once saved", type: "text", createOnly: true },
    { key: "expert", label: "Expert", type: "select", options: (refs) => refs.experts.map((e) => ({ value: e.id, label: e.name })) },
    { key: "snapshot", label: "Snapshot", hint: "The commentary snapshot the note belongs to", type: "select", optional: true, options: (refs) => refs.snapshots.map((s) => ({ value: s.id, label: `${s.title} (${s.asOf})` })) },
    { key: "headline", label: "Headline", hint: `The editor's summary, at most ${HEADLINE_MAX} characters, never a quotation`, type: "text", optional: true, maxLength: HEADLINE_MAX },
    { key: "quote", label: "Quote", hint: "Word for word, as the source prints it", type: "text", rows: 6 },
    {
      key: "anchors",
      label: "Anchored to",
      hint: "The events the quote discusses, or a period (or both)",
      type: "group",
      fields: [
        { key: "events", label: "Events", type: "ids", of: "event" },
        {
          key: "range",
          label: "Period",
          type: "group",
          optional: true,
          fields: [
            { key: "from", label: "From", hint: "YYYY-MM-DD", type: "text" },
            { key: "to", label: "To", hint: "YYYY-MM-DD", type: "text" },
          ],
        },
      ],
    },
    { key: "theme", label: "Theme", type: "text" },
    { key: "source", label: "Source", type: "group", fields: sourceFields },
  ],
  snapshot: [
    { key: "id", label: "Id", hint: "kebab-case, used in links (?snapshot=…); fixed once saved", type: "text", createOnly: true },
    { key: "title", label: "Title", hint: "What the notes are, e.g. the article's title", type: "text" },
    { key: "asOf", label: "As of", hint: "YYYY-MM-DD: the latest day the notes certainly knew of; the snapshot line", type: "text" },
    { key: "asOfLabel", label: "Line label", hint: "e.g. \"Expert Snapshots, April 2025\"", type: "text", optional: true },
    { key: "asOfNote", label: "Why that day", hint: "When the source is dated only to the month", type: "text", rows: 2, optional: true },
    { key: "source", label: "Source", type: "group", optional: true, fields: sourceFields },
  ],
  lane: [
    { key: "id", label: "Id", hint: "kebab-case; fixed once saved", type: "text", createOnly: true },
    { key: "label", label: "Label", type: "text" },
    { key: "colour", label: "Colour", type: "colour" },
    { key: "order", label: "Order", hint: "Display order, top first", type: "number" },
  ],
  expert: [
    { key: "id", label: "Id", hint: "kebab-case; fixed once saved", type: "text", createOnly: true },
    { key: "name", label: "Name", type: "text" },
    { key: "role", label: "Role", hint: "As the source writes it: the app prints \"name, role, institution\"", type: "text" },
    { key: "institution", label: "Institution", type: "text" },
  ],
  story: [
    { key: "id", label: "Id", hint: "kebab-case, used in links (?story=…); fixed once saved", type: "text", createOnly: true },
    { key: "title", label: "Title", type: "text" },
    { key: "description", label: "Description", type: "text", rows: 2, optional: true },
    {
      key: "steps",
      label: "Steps",
      type: "list",
      itemName: "Step",
      blank: () => ({ title: "", summary: "", from: "", to: "", events: [], notes: "", quotes: [] }),
      item: [
        { key: "title", label: "Title", type: "text" },
        { key: "summary", label: "Summary", type: "text", rows: 2 },
        { key: "from", label: "From", hint: "YYYY-MM-DD", type: "text" },
        { key: "to", label: "To", hint: "YYYY-MM-DD", type: "text" },
        { key: "events", label: "Highlighted events", type: "ids", of: "event" },
        { key: "lanes", label: "Lanes shown", hint: "None ticked: all", type: "lanes", optional: true },
        { key: "notes", label: "Speaker notes", hint: "A blank line starts a paragraph", type: "text", rows: 4 },
        { key: "quotes", label: "Quotes", type: "ids", of: "annotation" },
        { key: "target", label: "Target (seconds)", type: "number", optional: true, min: 1, max: 3600 },
      ],
    },
  ],
  manifest: [
    { key: "id", label: "Id", hint: "kebab-case id of the set", type: "text" },
    { key: "title", label: "Title", type: "text" },
    { key: "description", label: "Description", type: "text", rows: 4 },
    { key: "version", label: "Version", hint: "Printed on reports, e.g. the date of the last edit", type: "text", optional: true },
    { key: "asOf", label: "As of", hint: "YYYY-MM-DD: what tools that do not know snapshots draw as the line; keep it the latest snapshot's", type: "text" },
    { key: "asOfLabel", label: "Line label", type: "text", optional: true },
    { key: "asOfNote", label: "Why that day", type: "text", rows: 2, optional: true },
    {
      key: "defaultView",
      label: "First view",
      hint: "The window a person sees first",
      type: "group",
      optional: true,
      fields: [
        { key: "from", label: "From", hint: "YYYY-MM-DD", type: "text" },
        { key: "to", label: "To", hint: "YYYY-MM-DD", type: "text" },
        { key: "lanes", label: "Lanes", hint: "None ticked: all", type: "lanes", optional: true },
      ],
    },
  ],
};

/** What a new record of each kind starts as. */
export function blankRecord(kind: RecordKind, refs: DeskRefs): Json {
  const latest = [...refs.snapshots].sort((a, b) => (a.asOf < b.asOf ? 1 : -1))[0];
  switch (kind) {
    case "event":
      return { id: "", title: "", summary: "", date: "", precision: "day", lane: refs.lanes[0]?.id ?? "", importance: 1, actors: [], tags: [], sources: [blankSource()] };
    case "annotation":
      return { id: "", expert: refs.experts[0]?.id ?? "", ...(latest ? { snapshot: latest.id } : {}), quote: "", anchors: { events: [] }, theme: "", source: blankSource() };
    case "snapshot":
      return { id: "", title: "", asOf: "" };
    case "lane":
      return { id: "", label: "", colour: "#006cd1", order: (refs.lanes.at(-1)?.order ?? 0) + 1 };
    case "expert":
      return { id: "", name: "", role: "", institution: "" };
    case "story":
      return { id: "", title: "", description: "", steps: [{ title: "", summary: "", from: "", to: "", events: [], notes: "", quotes: [] }] };
    case "manifest":
      return {};
  }
}

/** The keys of a level of a form, in the format's order: where a new key goes. */
export function keyOrder(fields: readonly Field[]): string[] {
  return fields.map((field) => field.key);
}
