import { httpUrlSchema } from "../schema/primitives";
import { formatEventDate } from "../time/format";
import { ERA_LANE, type Draft, type DraftRow } from "./draft";
import { htmlToLine, htmlToPlainText, clip } from "./text";
import { fromTlDates, type DateColumns, type TlDate } from "./timelinejs-dates";

/** A TimelineJS slide (event, era or title), as far as we read it. Unknown keys are ignored, as TimelineJS does. */
export interface TlSlide {
  start_date?: TlDate;
  end_date?: TlDate;
  text?: { headline?: unknown; text?: unknown };
  media?: { url?: unknown; credit?: unknown; caption?: unknown; alt?: unknown; thumbnail?: unknown };
  group?: unknown;
  display_date?: unknown;
  unique_id?: unknown;
  /** Snapshots' own fields that TimelineJS has no place for, written by our export so a round trip loses nothing. */
  snapshots?: Record<string, unknown>;
}

/** Where a slide's fields live in the file, for messages. */
export interface SlideColumns {
  headline: string;
  text: string;
  media: string;
  group: string;
  uniqueId: string;
  date: DateColumns;
}

const str = (value: unknown) => (typeof value === "string" ? value : typeof value === "number" ? String(value) : "");

function hostname(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}

/** The fields of our events a snapshots extension may carry back (everything else comes from the slide). */
const EXTENSION_FIELDS = ["date", "end", "precision", "zone", "dateNote", "actors", "tags", "sources", "related", "importance", "unverified"];

/**
 * Reads one TimelineJS slide into a draft row, or reports its problems into the draft. Text is reduced to plain
 * text; the media URL becomes a source crediting its credit line when it is an http(s) link, and is left out (with a
 * warning) when it is anything else — an embed, a data: or javascript: URL.
 */
export function readSlide(draft: Draft, slide: TlSlide, where: string, columns: SlideColumns, options: { zone: string; era?: boolean }) {
  const problem = (column: string, message: string) => draft.problems.push({ file: draft.file, row: where, column, message });
  const headline = htmlToLine(str(slide.text?.headline));
  const body = htmlToPlainText(str(slide.text?.text));
  const title = headline || clip(htmlToLine(body), 120);
  if (!title) return problem(columns.headline, "needs a headline or text");
  if (!slide.start_date) return problem(columns.date("start", "year"), "a date needs at least a year");
  const dates = fromTlDates(slide.start_date, options.era || slide.end_date ? slide.end_date : undefined, options.zone, columns.date);
  if ("problems" in dates) {
    for (const p of dates.problems) problem(p.column, p.message);
    return;
  }
  const sources = [];
  const url = str(slide.media?.url).trim();
  if (url) {
    if (httpUrlSchema.safeParse(url).success) {
      const credit = htmlToLine(str(slide.media?.credit));
      const caption = htmlToLine(str(slide.media?.caption)) || htmlToLine(str(slide.media?.alt));
      sources.push({ title: clip(caption || title, 200), publisher: clip(credit || hostname(url), 120), url });
    } else draft.warnings.push({ file: draft.file, row: where, column: columns.media, message: "not an http(s) link, so not kept as a source" });
  }
  const event: Record<string, unknown> = { title, summary: body || title, ...dates.value, sources };
  const extension = slide.snapshots && typeof slide.snapshots === "object" ? slide.snapshots : {};
  // A display date says how the source wrote the date ("Spring 1900"): kept as the date note, unless it is just our own label.
  const display = htmlToLine(str(slide.display_date) || str(slide.start_date.display_date));
  if (display && !("date" in extension) && display !== formatEventDate(dates.value))
    event.dateNote = dates.value.dateNote ? `${display}. ${dates.value.dateNote}` : display;
  // Our own export wrote the exact dates: they replace what was read from the TimelineJS parts, zone and all.
  if ("date" in extension) for (const key of ["end", "zone", "dateNote"]) delete event[key];
  for (const key of EXTENSION_FIELDS) if (key in extension) event[key] = extension[key];
  const uniqueId = str(slide.unique_id).trim();
  const group = htmlToLine(str(slide.group));
  const row: DraftRow = {
    where,
    column: (field) => fieldColumn(field, columns),
    id: uniqueId || undefined,
    idFrom: title,
    lane: options.era ? ERA_LANE : group,
    laneId: typeof extension.lane === "string" ? extension.lane : undefined,
    event,
  };
  draft.rows.push(row);
}

function fieldColumn(field: string, columns: SlideColumns): string {
  const top = field.split(".")[0];
  if (top === "title") return columns.headline;
  if (top === "summary") return columns.text;
  if (top === "sources") return columns.media;
  if (top === "lane") return columns.group;
  if (top === "id") return columns.uniqueId;
  if (top === "date" || top === "precision" || top === "zone") return columns.date("start", "year");
  if (top === "end") return columns.date("end", "year");
  return field;
}
