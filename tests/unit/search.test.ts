import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { indexDataset, type IndexedDataset } from "@/lib/data/index-dataset";
import { readDatasetDir } from "@/lib/data/read-dir";
import { foldText, queryTerms } from "@/lib/search/fold";
import { parseSearchParams, toSearchQuery } from "@/lib/search/params";
import { runSearch } from "@/lib/search/run-search";
import { searchEvents } from "@/lib/search/search-events";
import { createSnippet } from "@/lib/search/snippet";
import { loadIndexedFixture } from "./fixture-scene";

const event = (id: string, title: string, summary = "", actors: string[] = [], tags: string[] = []) => ({ id, title, summary, actors, tags });

const EVENTS = [
  event("runoff", "Pezeshkián wins the runoff", "Masoud Pezeshkian wins the second round of the presidential election.", ["Masoud Pezeshkian"], ["election"]),
  event("rome", "Talks in Rome", "Second round of US–Iran talks, mediated by Oman.", ["Witkoff", "Araghchi"], ["talks"]),
  event("snapback", "E3 trigger snapback", "The E3 trigger the UN sanctions snapback; talks stall.", ["E3"], ["sanctions"]),
  event("muscat", "Talks in Muscat", "First round of talks in Oman.", ["Witkoff", "Araghchi"], ["talks"]),
];

describe("folding text for search", () => {
  it("ignores case and diacritics but keeps positions", () => {
    expect(foldText("Pezeshkián ÉTAT")).toBe("pezeshkian etat");
    expect(foldText("Pezeshkián").length).toBe("Pezeshkián".length);
  });

  it("splits a query into distinct words without punctuation", () => {
    expect(queryTerms(' "Rome"  talks, talks ')).toEqual(["rome", "talks"]);
    expect(queryTerms("   ")).toEqual([]);
  });
});

describe("searching events", () => {
  it("matches regardless of accents and case", () => {
    expect(searchEvents(EVENTS, "PEZESHKIAN").map((hit) => hit.id)).toEqual(["runoff"]);
    expect(searchEvents(EVENTS, "pezeshkián").map((hit) => hit.id)).toEqual(["runoff"]);
  });

  it("requires every word and ranks title hits above summary hits", () => {
    expect(searchEvents(EVENTS, "talks oman").map((hit) => hit.id)).toEqual(["rome", "muscat"]);
    expect(searchEvents(EVENTS, "talks").map((hit) => hit.id)).toEqual(["rome", "muscat", "snapback"]);
  });

  it("finds events by actor and by tag", () => {
    expect(searchEvents(EVENTS, "witkoff").map((hit) => [hit.id, hit.field])).toEqual([
      ["rome", "actors"],
      ["muscat", "actors"],
    ]);
    expect(searchEvents(EVENTS, "sanctions")[0]).toMatchObject({ id: "snapback", field: "tags" });
  });

  it("caps the number of results", () => {
    expect(searchEvents(EVENTS, "t", 2)).toHaveLength(2);
    expect(searchEvents(EVENTS, "")).toEqual([]);
  });

  it("returns a snippet with the original text of the match", () => {
    const [hit] = searchEvents(EVENTS, "pezeshkian");
    expect(hit?.snippet.match).toBe("Pezeshkián");
  });
});

describe("snippets", () => {
  it("cuts long text at word boundaries around the match", () => {
    const text = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen";
    const snippet = createSnippet(text, text.indexOf("eight"), 5, 20);
    expect(snippet.match).toBe("eight");
    expect(snippet.before.startsWith("…")).toBe(true);
    expect(snippet.after.endsWith("…")).toBe(true);
    expect(`${snippet.before}${snippet.match}${snippet.after}`.replace(/…/g, "")).toContain("six seven eight nine ten");
  });

  it("adds no ellipsis when the text is short", () => {
    expect(createSnippet("Talks in Rome", 9, 4)).toEqual({ before: "Talks in ", match: "Rome", after: "" });
  });
});

describe("search parameters", () => {
  it("accepts an empty query and round-trips a request", () => {
    const parsed = parseSearchParams(toSearchQuery({ q: "rome", lanes: ["diplomacy"], expert: ["ada"], actor: "E3", tag: "talks", hideAfter: true }));
    expect(parsed.success && parsed.data).toEqual({ q: "rome", lanes: ["diplomacy"], expert: ["ada"], actor: "E3", tag: "talks", after: "hide", limit: 50 });
    expect(parseSearchParams(new URLSearchParams()).success).toBe(true);
  });

  it.each([["lanes=Not A Lane"], ["limit=0"], ["limit=abc"], ["after=show"], [`q=${"x".repeat(201)}`]])("rejects %s", (query) => {
    expect(parseSearchParams(new URLSearchParams(query)).success).toBe(false);
  });
});

describe("running a search over the data set", () => {
  let data: IndexedDataset;
  beforeAll(async () => {
    data = await loadIndexedFixture("good");
  });

  it("resolves titles, date labels and lanes of hits", () => {
    expect(runSearch(data, { q: "talks", limit: 50 }).results).toEqual([
      expect.objectContaining({ id: "talks", title: "Talks in spring", dateLabel: "April 2025", lane: "diplomacy" }),
    ]);
  });

  it("carries each hit's interval, so the explorer can jump to an event it does not hold", () => {
    const [hit] = runSearch(data, { q: "talks", limit: 50 }).results;
    expect([hit!.start, hit!.end]).toEqual(data.intervalById.get("talks"));
    expect(new Date(hit!.start).toISOString()).toBe("2025-04-01T00:00:00.000Z");
  });

  it("applies the explorer's filters before searching", () => {
    const all = { q: "a", limit: 50 };
    expect(runSearch(data, { ...all, lanes: ["military"] }).results.every((r) => r.lane === "military")).toBe(true);
    expect(runSearch(data, { ...all, expert: ["ada"] }).results.map((r) => r.id)).toEqual(["deal"]);
    expect(runSearch(data, { ...all, after: "hide" }).results.map((r) => r.id)).not.toContain("war");
  });

  it("finds expert notes by the words of their quote, dated by when the commentary was written", () => {
    const { notes } = runSearch(data, { q: "mattered", limit: 50 });
    expect(notes.total).toBe(1);
    expect(notes.results[0]).toMatchObject({ id: "ada-deal", expertName: "Ada Expert", written: "April 2025", eventIds: ["deal"], field: "quote" });
    expect(notes.results[0]!.snippet.match).toBe("mattered");
    expect(runSearch(data, { q: "mattered", limit: 50, expert: ["nobody"] }).notes.total).toBe(0);
  });
});

describe("searching the built-in commentary", () => {
  it("“snapback” finds Sakanashi's note as well as the events", async () => {
    const result = await readDatasetDir(path.resolve("data"));
    if (!result.ok) throw new Error("the built-in set should load");
    const found = runSearch(indexDataset(result.dataset), { q: "snapback", limit: 50 });
    expect(found.total).toBeGreaterThan(0);
    expect(found.notes.results.map((n) => n.headline)).toContain("Talking itself may hold off snapback");
  });
});
