import { beforeAll, describe, expect, it } from "vitest";
import { indexDataset, type IndexedDataset } from "@/lib/data/index-dataset";
import { publicOrigin } from "@/lib/http/public-origin";
import { generateSynthDataset } from "@/lib/synth/generate";
import { validateDataset } from "@/lib/data/validate";
import { filterOf } from "@/lib/view/explorer-view";
import { countWindow, getWindowResponse } from "@/lib/window/dataset-window";
import { createShareCard, shareImageQuery } from "@/lib/view/share-card";
import { embedPath, fullViewPath, iframeSnippet } from "@/lib/view/embed";
import { datasetViewContext } from "@/lib/view/view-context";
import { parseViewState } from "@/lib/view/view-state";
import { loadIndexedFixture } from "./fixture-scene";

let data: IndexedDataset;
beforeAll(async () => {
  data = await loadIndexedFixture("good");
});
const view = (query: string) => parseViewState(new URLSearchParams(query), datasetViewContext(data));

describe("a shared link's card", () => {
  it("names the set and the period, counts the view's events and points at the image of the same view", () => {
    const card = createShareCard(data, view("from=2015-01-01&to=2025-12-31"), datasetViewContext(data));
    expect(card.title).toBe("Fixture set, 2015–2025");
    expect(card.count).toBe(4);
    expect(card.description).toBe("4 events in 2 lanes, 2015–2025. Snapshot, April 2025.");
    expect(card.path).toBe("/?from=2015-01-01&to=2025-12-31");
    expect(card.image).toBe("/api/preview.png?from=2015-01-01&to=2025-12-31");
  });

  it("says which event is selected and which filters are on; the report's card is the report's", () => {
    const ctx = datasetViewContext(data);
    const card = createShareCard(data, view("from=2015-01-01&to=2025-12-31&lanes=diplomacy&event=deal&q=deal"), ctx, "/report");
    expect(card.title).toBe("Report: Fixture set, 2015–2025");
    // The search filter counts as the report lists: only the events that match.
    expect(card.description).toMatch(/^Deal agreed \(14 July 2015\)\. 1 event in Diplomacy, 2015–2025; filtered by “deal”\./);
    expect(card.path.startsWith("/report?")).toBe(true);
  });

  it("writes one image query per view: the list view does not change the figure, the search filter does", () => {
    const ctx = datasetViewContext(data);
    const a = shareImageQuery(view("to=2025-12-31&from=2015-01-01&view=list&q=talks&utm_source=x"), ctx);
    const b = shareImageQuery(view("from=2015-01-01&to=2025-12-31&q=talks"), ctx);
    expect(a).toBe(b);
    expect(a).not.toBe(shareImageQuery(view("from=2015-01-01&to=2025-12-31"), ctx));
    expect(shareImageQuery(view(""), ctx)).toBe("");
  });
});

describe("counting a window's events", () => {
  it("gives the window query's own total, with and without filters", () => {
    const synth = generateSynthDataset({ events: 3000, seed: 5 });
    const checked = validateDataset({ manifest: synth.manifest, events: synth.events, annotations: synth.annotations, stories: [] });
    if (!checked.ok) throw new Error("the synthetic set did not validate");
    const big = indexDataset(checked.dataset);
    const ctx = datasetViewContext(big);
    const lane = big.lanes[1]!.id;
    const actor = big.events.find((event) => event.actors.length > 0)!.actors[0]!;
    for (const query of ["", "from=2010-01-01&to=2012-06-30", `lanes=${lane}`, `actor=${encodeURIComponent(actor)}`, "after=hide&from=2020-01-01&to=2026-01-01"]) {
      const v = parseViewState(new URLSearchParams(query), ctx);
      const window = { from: v.domain[0], to: v.domain[1], lanes: v.lanes, px: 1200 };
      expect(countWindow(big, window, filterOf(v)), query).toBe(getWindowResponse(big, window, filterOf(v)).total);
    }
  });
});

describe("the embed", () => {
  it("takes the explorer's parameters, and links back with the same ones on /", () => {
    expect(embedPath("from=2015-01-01&to=2016-01-01")).toBe("/embed?from=2015-01-01&to=2016-01-01");
    expect(fullViewPath("from=2015-01-01&to=2016-01-01")).toBe("/?from=2015-01-01&to=2016-01-01");
    expect(embedPath("")).toBe("/embed");
    expect(fullViewPath(new URLSearchParams())).toBe("/");
  });

  it("writes an <iframe> snippet whose attributes cannot be broken out of", () => {
    const snippet = iframeSnippet({ origin: "https://timelines.example", params: "from=2015-01-01&to=2016-01-01", title: `"><script>alert(1)</script>`, height: 412.4 });
    expect(snippet).toBe(
      `<iframe src="https://timelines.example/embed?from=2015-01-01&amp;to=2016-01-01" title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;" width="100%" height="412" style="border:0" loading="lazy"></iframe>`,
    );
  });
});

describe("the public origin of shared links", () => {
  it("is PUBLIC_ORIGIN when that is an origin (a trailing slash forgiven)", () => {
    expect(publicOrigin({ host: "evil.example" }, "https://timelines.example/")).toBe("https://timelines.example");
  });
  it("else comes from the Host header, https when a proxy says so", () => {
    expect(publicOrigin({ host: "timelines.example:8443" }, undefined)).toBe("http://timelines.example:8443");
    expect(publicOrigin({ host: "timelines.example", forwardedProto: "https, http" }, "")).toBe("https://timelines.example");
    expect(publicOrigin({ host: "[::1]:3000" }, undefined)).toBe("http://[::1]:3000");
  });
  it("never takes a Host that is not a host name", () => {
    for (const host of ["evil.example/path", "a b", "evil.example@x", "<script>", ""])
      expect(publicOrigin({ host }, "not an origin")).toMatch(/^http:\/\/(127\.0\.0\.1|\[::1\]|localhost)/);
  });
});
