import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { formatPublicProblem } from "@/lib/data/problem";
import { aggregatorOf, sitePublishersOf, splitVia } from "@/lib/data/publishers";
import { checkQuality } from "@/lib/data/quality";
import { readDatasetDir } from "@/lib/data/read-dir";
import type { Dataset } from "@/lib/data/validate";

// The sourcing rules of `data:check --strict` (docs/SOURCES.md) on a fixture with one record per rule
// and records that pass them: tests/fixtures/sourcing.
let data: Dataset;
let lines: string[];

beforeAll(async () => {
  const result = await readDatasetDir(path.resolve("tests/fixtures/sourcing"));
  if (!result.ok) throw new Error(result.problems.map(formatPublicProblem).join("\n"));
  data = result.dataset;
  lines = checkQuality(data).map(formatPublicProblem);
});

const about = (id: string) => lines.filter((line) => line.startsWith(`events.json: ${id}: `));

describe("the sourcing rules", () => {
  it("pass records sourced like a wire desk: an official document and an agency report, or an agency's copy read on a newspaper's site", () => {
    expect(about("clean")).toEqual([]);
    expect(about("reprint")).toEqual([]);
  });

  it("refuse an aggregator, naming the site and the field", () => {
    expect(about("aggregated")).toEqual([
      "events.json: aggregated: sources.0.url: news.yahoo.com is Yahoo News, an aggregator or mirror, not a source: cite the original report",
    ]);
  });

  it("refuse a headline event with no official or wire source", () => {
    expect(about("headline")).toEqual([
      "events.json: headline: sources: is a headline event (importance 3) with no official or wire source: add the primary document or an agency's report",
    ]);
  });

  it("refuse a publisher that is not the known publisher of the site", () => {
    expect(about("mislabelled")).toEqual([
      'events.json: mislabelled: sources.0.publisher: "Tasnim News Agency" does not publish www.eurasiareview.com, which is Eurasia Review: cite the original publisher\'s page, or name the site (an agency\'s copy as "Agency, via Eurasia Review")',
    ]);
  });

  it("take 'Agency, via Site' only for an agency's copy typed wire", () => {
    expect(about("reprint-as-press")).toEqual([
      'events.json: reprint-as-press: sources.0.publisher: "Associated Press, via The Japan News" names the site an agency\'s copy was read on, but the type is not wire',
    ]);
    expect(about("reprint-of-a-newspaper")).toHaveLength(1);
    expect(about("reprint-of-a-newspaper")[0]).toMatch(/^events\.json: reprint-of-a-newspaper: sources\.0\.publisher: "Tehran Times" is not a news agency \(Reuters, Associated Press, /);
  });

  it("let one page serve two events linked by `related`, and events resting on the commentary alone", () => {
    expect(about("cause")).toEqual([]);
    expect(about("effect")).toEqual([]);
    expect(about("remark")).toEqual([]);
    expect(about("photo")).toEqual([]);
  });

  it("refuse one page cited for unrelated events, or for more than two", () => {
    expect(about("stranger-a")).toEqual([]);
    expect(about("stranger-b")).toEqual([
      'events.json: stranger-b: sources: cites https://www.reuters.com/wrap-up, also cited by unrelated "stranger-a": is it the right page for both?',
    ]);
    expect(about("round-1")).toEqual([]);
    expect(about("round-2")).toEqual([
      'events.json: round-2: sources: cites https://tass.com/world/1, also cited by "round-1": one page may serve at most two events linked by `related`; cite each event\'s own report',
    ]);
    expect(about("round-3")[0]).toContain('also cited by "round-1", "round-2"');
  });

  it("say nothing else about the fixture", () => {
    expect(lines).toHaveLength(8);
  });
});

describe("the publisher tables", () => {
  it("find a site by its domain or a parent domain, the most specific first", () => {
    expect(aggregatorOf("https://news.yahoo.com/x")?.[1]).toBe("Yahoo News");
    expect(aggregatorOf("https://www.reuters.com/x")).toBeUndefined();
    expect(sitePublishersOf("https://obamawhitehouse.archives.gov/x")?.[1]).toEqual(["The White House"]);
    expect(sitePublishersOf("https://www.archives.gov/electoral-college/2024")?.[1]).toEqual(["U.S. National Archives"]);
    expect(sitePublishersOf("https://example.org/x")).toBeUndefined();
    expect(sitePublishersOf("not a url")).toBeUndefined();
  });

  it("split an agency's copy from the site it was read on", () => {
    expect(splitVia("Associated Press, via The Japan News")).toEqual({ publisher: "Associated Press", site: "The Japan News" });
    expect(splitVia("The Iran Primer, United States Institute of Peace")).toEqual({ publisher: "The Iran Primer, United States Institute of Peace" });
  });
});
