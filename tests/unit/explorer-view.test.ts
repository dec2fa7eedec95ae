import { beforeAll, describe, expect, it } from "vitest";
import type { IndexedDataset } from "@/lib/data/index-dataset";
import { getEventDetail } from "@/lib/view/event-detail";
import { countFacets, getExplorerData, getNoteAnchors } from "@/lib/view/explorer-data";
import { filterEvents, type EventFilter } from "@/lib/view/filter-events";
import { fitDomain, revealInterval } from "@/lib/view/domain";
import { loadIndexedFixture } from "./fixture-scene";

const DAY = 86_400_000;
const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);

describe("filtering the explorer's events", () => {
  const items = [
    { id: "a", lane: "x", actors: ["IAEA"], tags: ["talks"], start: utc(2015), title: "Deal agreed in Vienna", summary: "The JCPOA." },
    { id: "b", lane: "y", actors: ["US"], tags: ["sanctions"], start: utc(2018), title: "US leaves the deal", summary: "Sanctions return." },
    { id: "c", lane: "x", actors: ["US"], tags: ["talks"], start: utc(2025, 6), title: "Talks in Rome", summary: "Indirect talks." },
  ].map((item) => ({ ...item, event: item }));
  const notes = [{ expertId: "saleh", eventIds: ["b"] }, { expertId: "chay", eventIds: ["c"] }];
  const none: EventFilter = { lanes: ["x", "y"], experts: [], actor: null, tag: null, hideAfter: false, q: "" };
  const ids = (filter: Partial<EventFilter>, snapshot = utc(2025, 4, 1)) => filterEvents(items, { ...none, ...filter }, notes, snapshot).map((i) => i.id);

  it("keeps everything without filters, in order", () => expect(ids({})).toEqual(["a", "b", "c"]));
  it("hides lanes", () => expect(ids({ lanes: ["y"] })).toEqual(["b"]));
  it("keeps only events anchored by the chosen experts' notes", () => expect(ids({ experts: ["saleh"] })).toEqual(["b"]));
  it("filters by actor and tag together", () => expect(ids({ actor: "US", tag: "talks" })).toEqual(["c"]));
  it("hides events after the commentary", () => expect(ids({ hideAfter: true })).toEqual(["a", "b"]));
  it("keeps only events with every word of the search filter, in any field, as the search matches them", () => {
    expect(ids({ q: "deal" })).toEqual(["a", "b"]);
    expect(ids({ q: "DEAL vienna" })).toEqual(["a"]);
    expect(ids({ q: "talks" })).toEqual(["a", "c"]);
    expect(ids({ q: "  " })).toEqual(["a", "b", "c"]);
    expect(ids({ q: "rome", lanes: ["y"] })).toEqual([]);
  });
  it("keeps an event that starts on the snapshot day's end-of-day line as after, one the day before as before", () => {
    expect(ids({ hideAfter: true }, utc(2025, 6))).toEqual(["a", "b"]);
    expect(ids({ hideAfter: true }, utc(2025, 6) + 1)).toEqual(["a", "b", "c"]);
  });
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
    data = await loadIndexedFixture("good");
  });

  it("trims the data set into serialisable props: note anchors without their quotes", () => {
    const explorer = getExplorerData(data, { key: "k", total: data.events.length, whole: true, density: { binWidth: 1, lanes: [] } });
    expect(JSON.parse(JSON.stringify(explorer))).toEqual(explorer);
    expect(getNoteAnchors(data)[0]).toMatchObject({ id: "ada-deal", expertName: "Ada Expert", eventIds: ["deal"], range: [utc(2015, 7, 14), utc(2018, 5, 9)] });
    expect(JSON.stringify(explorer)).not.toContain(data.annotations[0]!.quote);
  });

  it("resolves related events both ways and the commentary of an event", () => {
    const deal = getEventDetail(data, "deal")!;
    const [talksStart, talksEnd] = data.intervalById.get("talks")!;
    expect(deal.related).toEqual([{ id: "talks", title: "Talks in spring", dateLabel: "April 2025", start: talksStart, end: talksEnd, label: "led to", direction: "out" }]);
    expect(deal.interval).toEqual(data.intervalById.get("deal"));
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
