import { describe, expect, it } from "vitest";
import { defaultDomain, parseViewState, serializeViewState, type ViewContext } from "@/lib/view/view-state";

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
const ctx: ViewContext = {
  extent: [utc(2002, 8, 14), utc(2025, 10, 19)],
  laneIds: ["diplomacy", "us", "iran"],
  expertIds: ["alam-saleh", "clemens-chay"],
  hasEvent: (id) => id === "jcpoa-agreed-vienna",
};

describe("view state in the URL", () => {
  it("round-trips a full view", () => {
    const params = new URLSearchParams("from=2015-01-01&to=2018-12-31&lanes=iran,diplomacy&event=jcpoa-agreed-vienna&expert=clemens-chay&q=Rome+talks");
    const state = parseViewState(params, ctx);
    expect(state).toEqual({
      domain: [utc(2015), utc(2019)],
      lanes: ["iran", "diplomacy"],
      event: "jcpoa-agreed-vienna",
      experts: ["clemens-chay"],
      q: "Rome talks",
      note: null,
      actor: null,
      tag: null,
      hideAfter: false,
      mode: "chart",
      snapshot: null,
    });
    expect(serializeViewState(state, ctx).toString()).toBe(params.toString());
  });

  it("reads Next's searchParams objects too", () => {
    expect(parseViewState({ from: "2015-01-01", to: ["2016-01-01", "x"] }, ctx).domain).toEqual([utc(2015), utc(2016, 1, 2)]);
  });

  it.each([
    ["from=2024-02-30&to=2025-01-01"],
    ["from=2025-01-01&to=2015-01-01"],
    ["from=yesterday&to=tomorrow"],
    ["from=2015-01-01"],
  ])("falls back to the whole data set for %s", (query) => {
    expect(parseViewState(new URLSearchParams(query), ctx).domain).toEqual(defaultDomain(ctx));
  });

  it("reads a day-only `to` as the end of that day, and a time as the instant, writing them back the same way", () => {
    expect(parseViewState(new URLSearchParams("from=2015-01-01&to=2015-01-01"), ctx).domain).toEqual([utc(2015), utc(2015, 1, 2)]);
    const timed = parseViewState(new URLSearchParams("from=2025-06-21T18:00Z&to=2025-06-22T06:30Z"), ctx);
    expect(timed.domain).toEqual([Date.UTC(2025, 5, 21, 18), Date.UTC(2025, 5, 22, 6, 30)]);
    expect(serializeViewState(timed, ctx).toString()).toBe("from=2025-06-21T18%3A00Z&to=2025-06-22T06%3A30Z");
    // Narrower than an hour: widened about its middle, not refused.
    const narrow = parseViewState(new URLSearchParams("from=2025-06-21T18:00Z&to=2025-06-21T18:10Z"), ctx).domain;
    expect(narrow[1] - narrow[0]).toBe(3_600_000);
    // Years before 100 mean what they say.
    expect(new Date(parseViewState(new URLSearchParams("from=0050-01-01&to=0060-01-01"), ctx).domain[0]).getUTCFullYear()).toBe(50);
  });

  it("drops unknown lanes, experts and events without failing", () => {
    const state = parseViewState(new URLSearchParams("lanes=nope,us,us&expert=ghost&event=<script>"), ctx);
    expect(state.lanes).toEqual(["us"]);
    expect(state.experts).toEqual([]);
    expect(state.event).toBeNull();
    expect(parseViewState(new URLSearchParams("lanes=,,"), ctx).lanes).toEqual(ctx.laneIds);
  });

  it("round-trips the explorer's filters, selected note, hidden future and list mode", () => {
    const full: ViewContext = { ...ctx, hasAnnotation: (id) => id === "saleh-1", hasActor: (a) => a === "IAEA", hasTag: (t) => t === "sanctions" };
    const params = new URLSearchParams("note=saleh-1&actor=IAEA&tag=sanctions&after=hide&view=list");
    const state = parseViewState(params, full);
    expect(state).toMatchObject({ note: "saleh-1", actor: "IAEA", tag: "sanctions", hideAfter: true, mode: "list" });
    expect(serializeViewState(state, full).toString()).toBe(params.toString());
  });

  it("ignores unknown notes, actors and tags and odd modes", () => {
    const full: ViewContext = { ...ctx, hasAnnotation: () => false, hasActor: () => false, hasTag: () => false };
    const state = parseViewState(new URLSearchParams("note=x&actor=Nobody&tag=none&after=yes&view=grid"), full);
    expect(state).toMatchObject({ note: null, actor: null, tag: null, hideAfter: false, mode: "chart" });
  });

  it("writes nothing for the default view", () => {
    const state = parseViewState(new URLSearchParams(), ctx);
    expect(serializeViewState(state, ctx).toString()).toBe("");
  });
});
