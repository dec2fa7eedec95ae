import { describe, expect, it } from "vitest";
import { bracketsAnotherOutlet, checkQuality } from "@/lib/data/quality";
import type { Dataset } from "@/lib/data/validate";
import type { Annotation, Source, TimelineEvent } from "@/lib/schema";

const wire = (url: string): Source => ({ title: "Report", publisher: "Reuters", url, type: "wire" });
const official = (url: string): Source => ({ title: "Document", publisher: "International Atomic Energy Agency", url, type: "official" });

function event(id: string, sources: Source[], extra: Partial<TimelineEvent> = {}): TimelineEvent {
  return { id, title: id, summary: "S", date: "2020-01-01", precision: "day", lane: "l", actors: [], tags: [], related: [], importance: 1, sources, ...extra };
}

const note: Annotation = {
  id: "n",
  expert: "e",
  headline: "A headline",
  quote: "q",
  theme: "t",
  anchors: { events: ["a"] },
  source: { title: "Article", publisher: "Institute", url: "https://example.org/article", type: "analysis" },
};

function dataset(events: TimelineEvent[], extra: Partial<Dataset> = {}): Dataset {
  return {
    manifest: { id: "m", title: "T", description: "D", asOf: "2025-04-24", lanes: [{ id: "l", label: "L", colour: "#123456", order: 1 }], experts: [] },
    events,
    annotations: [note],
    stories: [],
    ...extra,
  };
}

const messages = (data: Dataset) => checkQuality(data).map((w) => `${w.file}: ${w.record}: ${w.field}: ${w.message}`);

describe("checkQuality", () => {
  it("has nothing to say about a well-sourced set", () => {
    expect(messages(dataset([event("a", [official("https://a.org/1"), wire("https://b.org/1")])]))).toEqual([]);
  });

  it("warns about an event with one source, unless it says why in `unverified`", () => {
    expect(messages(dataset([event("a", [wire("https://b.org/1")])]))).toEqual([
      "events.json: a: sources: has one source: add an independent second one, or say why not in `unverified`",
    ]);
    expect(messages(dataset([event("a", [wire("https://b.org/1")], { unverified: "Only the article reports it." })]))).toEqual([]);
  });

  it("counts one URL cited twice as one source", () => {
    expect(messages(dataset([event("a", [wire("https://b.org/1"), { ...wire("https://b.org/1"), title: "Again" }])]))[0]).toMatch(/has one source/);
  });

  it("warns about http:// links in events and annotations", () => {
    const data = dataset([event("a", [official("http://a.org/1"), wire("https://b.org/1")])], { annotations: [{ ...note, source: { ...note.source, url: "http://example.org/x" } }] });
    expect(messages(data)).toEqual([
      "events.json: a: sources.0.url: uses http://: link the https:// address",
      "annotations.json: n: source.url: uses http://: link the https:// address",
    ]);
  });

  it("warns about a publisher that names another outlet in brackets", () => {
    const republished = { ...wire("https://a.org/1"), publisher: "Kahawatungu (BBC)", type: "press" as const };
    expect(messages(dataset([event("a", [republished, wire("https://b.org/1")])]))).toEqual([
      'events.json: a: sources.0.publisher: "Kahawatungu (BBC)" names another outlet in brackets: cite the original publisher',
    ]);
  });

  it("warns about a source without a type and an annotation without a headline", () => {
    const untyped: Source = { title: "Report", publisher: "Reuters", url: "https://b.org/1" };
    const data = dataset([event("a", [official("https://a.org/1"), untyped])], { annotations: [{ ...note, headline: undefined }] });
    expect(messages(data)).toEqual([
      "events.json: a: sources.1.type: has no type (official, wire, press, analysis, state-affiliated)",
      "annotations.json: n: headline: has no headline (the editor's summary, at most 60 characters)",
    ]);
  });

  it("warns when unrelated events cite the same URL, but not two events linked by `related`, either way", () => {
    const shared = official("https://a.org/shared");
    const a = event("a", [shared, wire("https://b.org/a")]);
    const b = event("b", [shared, wire("https://b.org/b")]);
    const unrelated = 'events.json: b: sources: cites https://a.org/shared, also cited by unrelated "a": is it the right page for both?';
    expect(messages(dataset([a, b]))).toEqual([unrelated]);
    expect(messages(dataset([{ ...a, related: [{ id: "b", label: "led to" }] }, b]))).toEqual([]);
    expect(messages(dataset([a, { ...b, related: [{ id: "a", label: "response to" }] }]))).toEqual([]);
    // Being shown together in a story step does not make one page the source of both.
    const story = { id: "s", title: "S", description: "", steps: [{ title: "1", summary: "s", from: "2020-01-01", to: "2020-02-01", events: ["a", "b"], notes: "", quotes: [] }] };
    expect(messages(dataset([a, b], { stories: [story] }))).toEqual([unrelated]);
  });
});

describe("bracketsAnotherOutlet", () => {
  it("tells a republisher's label from an organisation's own abbreviation", () => {
    for (const name of ["Ahram Online (Reuters)", "TASS (via Agenzia Giornalistica Opinione)", "Wikipedia (mirror)", "The Iran Primer (USIP)"])
      expect(bracketsAnotherOutlet(name), name).toBe(true);
    for (const name of ["European External Action Service (EEAS)", "International Atomic Energy Agency (IAEA)", "Independent News Pakistan (INP)", "Reuters"])
      expect(bracketsAnotherOutlet(name), name).toBe(false);
  });
});
