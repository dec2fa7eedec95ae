import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { indexDataset, type IndexedDataset } from "@/lib/data/index-dataset";
import { readDatasetDir } from "@/lib/data/read-dir";
import { getEventDetail } from "@/lib/view/event-detail";
import { createExcerpt, getInitials } from "@/lib/view/excerpt";
import { countFacets, getExplorerData } from "@/lib/view/explorer-data";
import { filterEvents, type EventFilter } from "@/lib/view/filter-events";
import { fitDomain, revealInterval } from "@/lib/view/fit-domain";

const DAY = 86_400_000;
const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);

describe("excerpts and initials for chart callouts", () => {
  it("names an expert by first and last initial", () => {
    expect(getInitials("Alam Saleh")).toBe("AS");
    expect(getInitials("Ludovica  Castelli ")).toBe("LC");
    expect(getInitials("Plato")).toBe("P");
  });

  it("cuts a quote at a word boundary near 90 characters and marks the cut", () => {
    const quote = "The withdrawal of the United States from the JCPOA in 2018 was a turning point that reshaped the region for years.";
    const excerpt = createExcerpt(quote);
    expect(excerpt.endsWith("…")).toBe(true);
    expect(excerpt.length).toBeLessThanOrEqual(91);
    expect(quote.startsWith(excerpt.slice(0, -1))).toBe(true);
    expect(quote.charAt(excerpt.length - 1)).toMatch(/[\s,]/);
    expect(createExcerpt("Short quote.")).toBe("Short quote.");
  });
});

describe("filtering the explorer's events", () => {
  const items = [
    { id: "a", lane: "x", actors: ["IAEA"], tags: ["talks"], start: utc(2015) },
    { id: "b", lane: "y", actors: ["US"], tags: ["sanctions"], start: utc(2018) },
    { id: "c", lane: "x", actors: ["US"], tags: ["talks"], start: utc(2025, 6) },
  ];
  const notes = [{ expertId: "saleh", eventIds: ["b"] }, { expertId: "chay", eventIds: ["c"] }];
  const none: EventFilter = { lanes: ["x", "y"], experts: [], actor: null, tag: null, hideAfter: false };
  const ids = (filter: Partial<EventFilter>) => filterEvents(items, { ...none, ...filter }, notes, utc(2025, 4, 1)).map((i) => i.id);

  it("keeps everything without filters, in order", () => expect(ids({})).toEqual(["a", "b", "c"]));
  it("hides lanes", () => expect(ids({ lanes: ["y"] })).toEqual(["b"]));
  it("keeps only events anchored by the chosen experts' notes", () => expect(ids({ experts: ["saleh"] })).toEqual(["b"]));
  it("filters by actor and tag together", () => expect(ids({ actor: "US", tag: "talks" })).toEqual(["c"]));
  it("hides events after the commentary", () => expect(ids({ hideAfter: true })).toEqual(["a", "b"]));
});

describe("windows for selections", () => {
  it("fits several intervals with padding", () => {
    const [from, to] = fitDomain([[utc(2018, 5, 8), utc(2018, 5, 9)], [utc(2024, 4, 13), utc(2024, 4, 15)]])!;
    expect(from).toBeLessThan(utc(2018, 5, 8));
    expect(to).toBeGreaterThan(utc(2024, 4, 15));
    expect(fitDomain([])).toBeNull();
  });

  it("gives a single day at least two weeks of context", () => {
    const [from, to] = fitDomain([[utc(2015, 7, 14), utc(2015, 7, 15)]])!;
    expect(to - from).toBeGreaterThanOrEqual(14 * DAY);
  });

  it("leaves a window alone that already shows the event, and recentres it otherwise", () => {
    const window = [utc(2015), utc(2016)] as const;
    expect(revealInterval(window, [utc(2015, 6), utc(2015, 6, 2)])).toBe(window);
    const moved = revealInterval(window, [utc(2020, 1, 1), utc(2020, 1, 2)]);
    expect(moved[1] - moved[0]).toBe(window[1] - window[0]);
    expect(moved[0]).toBeLessThan(utc(2020));
    expect(moved[1]).toBeGreaterThan(utc(2020, 1, 2));
  });
});

describe("facets", () => {
  it("counts values, most frequent first", () => {
    expect(countFacets([["US", "Iran"], ["Iran"], []])).toEqual([{ name: "Iran", count: 2 }, { name: "US", count: 1 }]);
  });
});

describe("data for the explorer and the detail API", () => {
  let data: IndexedDataset;
  beforeAll(async () => {
    const result = await readDatasetDir(path.resolve("tests/fixtures/good"));
    if (!result.ok) throw new Error("fixture should load");
    data = indexDataset(result.dataset);
  });

  it("trims the data set into serialisable props with callouts and links", () => {
    const explorer = getExplorerData(data);
    expect(JSON.parse(JSON.stringify(explorer))).toEqual(explorer);
    expect(explorer.notes[0]).toMatchObject({ id: "ada-deal", initials: "AE", expertName: "Ada Expert", eventIds: ["deal"], range: [utc(2015, 7, 14), utc(2018, 5, 9)] });
    expect(explorer.links).toContainEqual({ from: "deal", to: "talks", label: "led to" });
  });

  it("resolves related events both ways and the commentary of an event", () => {
    const deal = getEventDetail(data, "deal")!;
    const [talksStart, talksEnd] = data.intervalById.get("talks")!;
    expect(deal.related).toEqual([{ id: "talks", title: "Talks in spring", dateLabel: "April 2025", start: talksStart, end: talksEnd, label: "led to", direction: "out" }]);
    expect(deal.annotations[0]?.expert).toEqual({ id: "ada", name: "Ada Expert", role: "Fellow", institution: "Institute" });
    expect(getEventDetail(data, "talks")!.related).toEqual([expect.objectContaining({ id: "deal", direction: "in", label: "led to" })]);
    // Its interval and its neighbours in time (any lane), for a briefing to frame a window around it.
    expect(deal.interval).toEqual(data.intervalById.get("deal"));
    const others = data.events.filter((e) => e.id !== "deal").map((e) => e.id);
    expect(deal.neighbours.map((n) => n.id).sort()).toEqual(others.sort());
    for (const n of deal.neighbours) expect([n.start, n.end]).toEqual(data.intervalById.get(n.id));
    expect(getEventDetail(data, "talks")!.dateLabel).toBe("April 2025");
    expect(getEventDetail(data, "nope")).toBeNull();
  });
});
