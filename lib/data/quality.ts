import { DATA_FILES } from "./files";
import type { DataProblem } from "./problem";
import { AGENCIES, aggregatorOf, hostOf, sitePublishersOf, splitVia } from "./publishers";
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

/** Pairs of events linked by `related`, either way. */
function linkedPairs(data: Dataset): (a: string, b: string) => boolean {
  const pairs = new Set<string>();
  const key = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);
  for (const event of data.events) for (const link of event.related) pairs.add(key(event.id, link.id));
  return (a, b) => pairs.has(key(a, b));
}

/**
 * A primary source: the official record or a wire agency's report (docs/SOURCES.md). An event
 * without one is what `data:check --strict` warns of when it is a headline, and what the desk's
 * "no official or wire source" filter finds: one rule for both.
 */
export const PRIMARY_SOURCE_TYPES: readonly string[] = ["official", "wire"];

export function hasPrimarySource(sources: readonly { type?: unknown }[]): boolean {
  return sources.some((source) => PRIMARY_SOURCE_TYPES.includes(source?.type as string));
}

const quoted = (ids: readonly string[]) => ids.map((id) => `"${id}"`).join(", ");

/**
 * What a valid set should still fix before it goes in front of a reader: thin, untyped or
 * second-hand sourcing, insecure links, annotations without a headline. Warnings, not errors: the
 * app draws the set all the same; `data:check --strict` refuses it. The rules are in docs/SOURCES.md.
 */
export function checkQuality(data: Dataset): DataProblem[] {
  const warnings: DataProblem[] = [];
  const warn = (file: string, record: string, field: string, message: string) => warnings.push({ file, record, field, message });
  const citedBy = new Map<string, string[]>();

  for (const event of data.events) {
    const urls = new Set(event.sources.map((source) => source.url));
    if (urls.size < 2 && !event.unverified)
      warn(DATA_FILES.events, event.id, "sources", "has one source: add an independent second one, or say why not in `unverified`");
    if (event.importance === 3 && !hasPrimarySource(event.sources))
      warn(DATA_FILES.events, event.id, "sources", "is a headline event (importance 3) with no official or wire source: add the primary document or an agency's report");
    event.sources.forEach((source, i) => {
      const at = `sources.${i}`;
      if (/^http:\/\//i.test(source.url)) warn(DATA_FILES.events, event.id, `${at}.url`, "uses http://: link the https:// address");
      const aggregator = aggregatorOf(source.url);
      if (aggregator)
        warn(DATA_FILES.events, event.id, `${at}.url`, `${hostOf(source.url)} is ${aggregator[1]}, an aggregator or mirror, not a source: cite the original report`);
      if (bracketsAnotherOutlet(source.publisher))
        warn(DATA_FILES.events, event.id, `${at}.publisher`, `"${source.publisher}" names another outlet in brackets: cite the original publisher`);
      const { publisher, site } = splitVia(source.publisher);
      if (site !== undefined && source.type !== "wire")
        warn(DATA_FILES.events, event.id, `${at}.publisher`, `"${source.publisher}" names the site an agency's copy was read on, but the type is not wire`);
      if (site !== undefined && !AGENCIES.includes(publisher))
        warn(DATA_FILES.events, event.id, `${at}.publisher`, `"${publisher}" is not a news agency (${AGENCIES.join(", ")}): only an agency's copy is cited "via" another site`);
      const known = sitePublishersOf(source.url);
      const onPage = site ?? publisher;
      if (known && !known[1].includes(onPage))
        warn(
          DATA_FILES.events,
          event.id,
          `${at}.publisher`,
          `"${onPage}" does not publish ${hostOf(source.url)}, which is ${known[1].join(" or ")}: cite the original publisher's page, or name the site (an agency's copy as "Agency, via ${known[1][0]}")`,
        );
      if (!source.type) warn(DATA_FILES.events, event.id, `${at}.type`, "has no type (official, wire, press, analysis, state-affiliated)");
    });
    for (const url of urls) citedBy.set(url, [...(citedBy.get(url) ?? []), event.id]);
  }

  // One page, one event; the allowance: two events linked by `related` (a report of a cause and of
  // its immediate effect), and events resting on the commentary alone (flagged `unverified`).
  const linked = linkedPairs(data);
  const commentary = new Set(data.annotations.map((note) => note.source.url));
  const unverified = new Set(data.events.filter((event) => event.unverified).map((event) => event.id));
  for (const [url, ids] of citedBy) {
    if (ids.length < 2) continue;
    if (commentary.has(url) && ids.every((id) => unverified.has(id))) continue;
    if (ids.length === 2 && linked(ids[0]!, ids[1]!)) continue;
    ids.slice(1).forEach((id, i) => {
      const others = ids.slice(0, i + 1);
      const message =
        ids.length === 2
          ? `cites ${url}, also cited by unrelated ${quoted(others)}: is it the right page for both?`
          : `cites ${url}, also cited by ${quoted(others)}: one page may serve at most two events linked by \`related\`; cite each event's own report`;
      warn(DATA_FILES.events, id, "sources", message);
    });
  }

  for (const note of data.annotations) {
    if (!note.headline) warn(DATA_FILES.annotations, note.id, "headline", "has no headline (the editor's summary, at most 60 characters)");
    if (/^http:\/\//i.test(note.source.url)) warn(DATA_FILES.annotations, note.id, "source.url", "uses http://: link the https:// address");
    if (!note.source.type) warn(DATA_FILES.annotations, note.id, "source.type", "has no type (official, wire, press, analysis, state-affiliated)");
  }
  return warnings;
}
