import { DATA_FILES } from "./files";
import type { DataProblem } from "./problem";
import type { Dataset } from "./validate";

const STOP_WORDS = new Set(["of", "the", "and", "for", "on", "in", "a", "an", "de", "du", "la", "le"]);

/** "European External Action Service (EEAS)" names itself in brackets; "Ahram Online (Reuters)" names another outlet. */
export function bracketsAnotherOutlet(publisher: string): boolean {
  const match = /^(.*?)\s*\(([^)]*)\)/.exec(publisher);
  if (!match) return false;
  const initials = match[1]!
    .split(/[\s,-]+/)
    .filter((word) => word && !STOP_WORDS.has(word.toLowerCase()))
    .map((word) => word[0]!.toUpperCase())
    .join("");
  return match[2]!.replace(/[^A-Za-z]/g, "").toUpperCase() !== initials;
}

/** Pairs of events that may cite the same page: linked either way, or shown together in a story step. */
function togetherness(data: Dataset): (a: string, b: string) => boolean {
  const pairs = new Set<string>();
  const add = (a: string, b: string) => pairs.add(a < b ? `${a} ${b}` : `${b} ${a}`);
  for (const event of data.events) for (const link of event.related) add(event.id, link.id);
  for (const story of data.stories) for (const step of story.steps) for (const a of step.events) for (const b of step.events) add(a, b);
  return (a, b) => pairs.has(a < b ? `${a} ${b}` : `${b} ${a}`);
}

/**
 * What a valid set should still fix before it goes in front of a reader: thin or untyped sourcing,
 * insecure or republished links, annotations without a headline. Warnings, not errors: the app
 * draws the set all the same; `data:check --strict` refuses it.
 */
export function checkQuality(data: Dataset): DataProblem[] {
  const warnings: DataProblem[] = [];
  const warn = (file: string, record: string, field: string, message: string) => warnings.push({ file, record, field, message });
  const citedBy = new Map<string, string[]>();

  for (const event of data.events) {
    const urls = new Set(event.sources.map((source) => source.url));
    if (urls.size < 2 && !event.unverified)
      warn(DATA_FILES.events, event.id, "sources", "has one source: add an independent second one, or say why not in `unverified`");
    event.sources.forEach((source, i) => {
      const at = `sources.${i}`;
      if (/^http:\/\//i.test(source.url)) warn(DATA_FILES.events, event.id, `${at}.url`, "uses http://: link the https:// address");
      if (bracketsAnotherOutlet(source.publisher))
        warn(DATA_FILES.events, event.id, `${at}.publisher`, `"${source.publisher}" names another outlet in brackets: cite the original publisher`);
      if (!source.type) warn(DATA_FILES.events, event.id, `${at}.type`, "has no type (official, wire, press, analysis, state-affiliated)");
    });
    for (const url of urls) citedBy.set(url, [...(citedBy.get(url) ?? []), event.id]);
  }

  const together = togetherness(data);
  for (const [url, ids] of citedBy)
    ids.forEach((id, i) => {
      const strangers = ids.slice(0, i).filter((other) => !together(id, other));
      if (strangers.length > 0)
        warn(DATA_FILES.events, id, "sources", `cites ${url}, also cited by unrelated ${strangers.map((s) => `"${s}"`).join(", ")}: is it the right page for both?`);
    });

  for (const note of data.annotations) {
    if (!note.headline) warn(DATA_FILES.annotations, note.id, "headline", "has no headline (the editor's summary, at most 60 characters)");
    if (/^http:\/\//i.test(note.source.url)) warn(DATA_FILES.annotations, note.id, "source.url", "uses http://: link the https:// address");
    if (!note.source.type) warn(DATA_FILES.annotations, note.id, "source.type", "has no type (official, wire, press, analysis, state-affiliated)");
  }
  return warnings;
}
