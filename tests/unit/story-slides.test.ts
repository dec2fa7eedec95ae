import { describe, expect, it } from "vitest";
import { explorerHref, handoutHref, pptxHref, presentHref, presenterHref, slideImageHref } from "@/lib/story/links";
import { stepDomain, toSlide, toSlideDeck, type SlideQuote } from "@/lib/story/slides";
import { deckChannelName, readDeckMessage } from "@/lib/story/sync";
import type { ViewContext } from "@/lib/view/view-state";

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
const quote: SlideQuote = { id: "ada-deal", quote: "It held.", expertName: "Ada Expert", role: "Fellow", institution: "Institute", source: { title: "Snapshots", publisher: "Institute", url: "https://example.org/a" }, snapshot: { ms: Date.UTC(2025, 3, 25), label: "Commentary as of 24 April 2025" } };
const ctx = { hasEvent: (id: string) => id === "deal", laneIds: ["diplomacy", "military"], quoteById: new Map([[quote.id, quote]]) };
const step = { title: "The deal", summary: "Agreed.", from: "2015-01-01", to: "2015-12-31", events: ["deal", "gone"], notes: "Say it.", quotes: ["ada-deal", "missing"] };

describe("slides from story steps", () => {
  it("takes the step's window as a UTC domain, the `to` day included", () => {
    expect(stepDomain(step)).toEqual([utc(2015), utc(2016)]);
  });

  it("keeps known events and quotes, resolving the quote's speaker", () => {
    expect(toSlide(step, ctx)).toEqual({
      title: "The deal",
      summary: "Agreed.",
      domain: [utc(2015), utc(2016)],
      events: ["deal"],
      lanes: null,
      notes: "Say it.",
      quotes: [quote],
      target: null,
    });
  });

  it("shows only the step's known lanes, or all when none are left", () => {
    expect(toSlide({ ...step, lanes: ["military", "nope"] }, ctx).lanes).toEqual(["military"]);
    expect(toSlide({ ...step, lanes: ["nope"] }, ctx).lanes).toBeNull();
  });

  it("turns a story into a deck of slides in order", () => {
    const deck = toSlideDeck({ id: "s", title: "S", description: "", steps: [step, { ...step, title: "Two" }] }, ctx);
    expect(deck.slides.map((s) => s.title)).toEqual(["The deal", "Two"]);
  });
});

describe("links", () => {
  const view: ViewContext = { extent: [utc(2002), utc(2025, 10)], laneIds: ["diplomacy", "military"], expertIds: [], hasEvent: () => true };

  it("builds the slide and presenter URLs", () => {
    expect(presentHref("jcpoa-to-rome", 3)).toBe("/present?story=jcpoa-to-rome&step=3");
    expect(presenterHref("adhoc", 1)).toBe("/present/presenter?story=adhoc&step=1");
    expect(presentHref({ deck: "1.abc_-" }, 2)).toBe("/present?deck=1.abc_-&step=2");
  });

  it("builds the download URLs for a story and for a deck carried in the link", () => {
    expect(pptxHref({ story: "jcpoa-to-rome" })).toBe("/present/pptx?story=jcpoa-to-rome");
    expect(pptxHref({ deck: "1.xyz" })).toBe("/present/pptx?deck=1.xyz");
    expect(slideImageHref("s", 3, "png")).toBe("/present/image?story=s&step=3&format=png");
    expect(slideImageHref("s", 1, "svg", "figure")).toBe("/present/image?story=s&step=1&format=svg&part=figure");
    expect(handoutHref({ deck: "1.xyz" })).toBe("/report?deck=1.xyz");
  });

  it("leaves to the explorer at the slide's window, lanes and first event", () => {
    const slide = toSlide({ ...step, lanes: ["military"] }, ctx);
    expect(explorerHref(slide, view)).toBe("/?from=2015-01-01&to=2015-12-31&lanes=military&event=deal");
    expect(explorerHref({ ...slide, lanes: null, events: [] }, view)).toBe("/?from=2015-01-01&to=2015-12-31");
  });
});

describe("window sync messages", () => {
  it("names one channel per story, and one per shared deck", () => {
    expect(deckChannelName("a")).not.toBe(deckChannelName("b"));
    expect(deckChannelName({ story: "a" })).toBe(deckChannelName("a"));
    expect(deckChannelName({ deck: "1.aaa" })).not.toBe(deckChannelName({ deck: "1.aab" }));
    expect(deckChannelName({ deck: "1.aaa" })).toBe(deckChannelName({ deck: "1.aaa" }));
  });
  it("accepts a step message and ignores anything else", () => {
    expect(readDeckMessage({ type: "step", step: 3, sender: "w1" })).toEqual({ type: "step", step: 3, sender: "w1" });
    expect(readDeckMessage({ type: "step", step: 0, sender: "w1" })).toBeNull();
    expect(readDeckMessage("step 3")).toBeNull();
  });
});
