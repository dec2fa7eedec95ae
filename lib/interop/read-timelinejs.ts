import { createDraft, type Draft } from "./draft";
import { htmlToLine, htmlToPlainText } from "./text";
import { readSlide, type SlideColumns, type TlSlide } from "./timelinejs-slide";

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

const JSON_COLUMNS: SlideColumns = {
  headline: "text.headline",
  text: "text.text",
  media: "media.url",
  group: "group",
  uniqueId: "unique_id",
  date: (which, part) => `${which}_date.${part}`,
};

/**
 * TimelineJS3 JSON (`events`, optional `title` and `eras`): each event slide becomes an event, each era a range in
 * the Eras lane, the title slide the set's title and description. `zone` is the clock TimelineJS times are read on.
 */
export function readTimelineJsJson(file: string, json: unknown, zone: string): Draft {
  const draft = createDraft(file);
  if (!isObject(json) || !Array.isArray(json.events)) {
    draft.problems.push({ file, row: "(file)", column: "events", message: "a TimelineJS file needs an events list" });
    return draft;
  }
  if (json.scale === "cosmological") draft.warnings.push({ file, row: "(file)", column: "scale", message: "cosmological dates are read as years 0–9999 only" });
  if (isObject(json.title)) {
    const text = isObject(json.title.text) ? json.title.text : {};
    draft.title = htmlToLine(typeof text.headline === "string" ? text.headline : "") || undefined;
    draft.description = htmlToPlainText(typeof text.text === "string" ? text.text : "") || undefined;
  }
  json.events.forEach((slide, i) => {
    const where = `events[${i}]`;
    if (!isObject(slide)) draft.problems.push({ file, row: where, column: "(record)", message: "must be an object" });
    else readSlide(draft, slide as TlSlide, where, JSON_COLUMNS, { zone });
  });
  const eras = Array.isArray(json.eras) ? json.eras : [];
  eras.forEach((era, i) => {
    const where = `eras[${i}]`;
    if (!isObject(era)) draft.problems.push({ file, row: where, column: "(record)", message: "must be an object" });
    else if (!isObject(era.end_date)) draft.problems.push({ file, row: where, column: "end_date.year", message: "an era needs an end date" });
    else readSlide(draft, era as TlSlide, where, JSON_COLUMNS, { zone, era: true });
  });
  return draft;
}
