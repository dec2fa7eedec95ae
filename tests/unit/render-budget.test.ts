import { deflateSync, strToU8 } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { renderSlideFigureSvg, slideLayoutOf } from "@/components/present/slide-figure";
import type { IndexedDataset } from "@/lib/data/index-dataset";
import { checkSvgGeometry, MAX_IMAGE_PIXELS, RasterRefusedError, svgToPng } from "@/lib/export/raster";
import { composeSlideSvg } from "@/lib/export/slide-svg";
import { clampParagraphs, measureText } from "@/lib/scene/text";
import type { Story } from "@/lib/schema";
import { addStep, duplicateStep } from "@/lib/story/adhoc";
import { DECK_LIMITS } from "@/lib/story/budget";
import { deckEventCount, toDeckData, type DeckData } from "@/lib/story/deck-data";
import { resolveDeck } from "@/lib/story/resolve";
import { decodeShare, encodeShare } from "@/lib/story/share";
import { describeSlide, SLIDE_TEXT_LINES, type SlideSheet } from "@/lib/story/slide-sheet";
import { toSlide } from "@/lib/story/slides";
import { loadIndexedFixture } from "./fixture-scene";

/** The link from issue 18: one step whose title is ~1,500 characters of ordinary words. 128 characters long. */
const KILLER_LINK = "1.q1bKTFGyUiooyk9KVdJRKsksyUkF8gOg_OKS1IJiJavoarhMSHl-UYrCKDlKjpKj5Cg5nEhQgV-am5tYVAks6IOBvLSi_Fwg08jA0FTXwBCIQFVEPkTEDCpSG1sLAA";

/** A link as the app writes them, for any JSON (encodeShare would refuse what the schema refuses). */
function linkOf(value: unknown): string {
  const bytes = deflateSync(strToU8(JSON.stringify(value)), { level: 9 });
  return `1.${Buffer.from(bytes).toString("base64url")}`;
}

const step = (i: number) => ({ title: `Step ${i}`, summary: "Summary.", from: "2015-01-01", to: "2016-01-01" });

let data: IndexedDataset;
let deck: DeckData;

beforeAll(async () => {
  data = await loadIndexedFixture("good");
  deck = toDeckData(data, data.stories[0]);
});

describe("a deck is priced when its link is read, before any slide is built", () => {
  it("the 128-character link of issue 18 is refused as over a limit, naming the field and the limit", () => {
    expect(KILLER_LINK).toHaveLength(128);
    const result = decodeShare(KILLER_LINK);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.tooLarge).toBe(true);
    expect(result.errors.join(" ")).toMatch(/steps\.0\.title: is 1,\d{3} characters long; at most 300 allowed here/);
    expect(resolveDeck({ deck: KILLER_LINK }, [])).toMatchObject({ kind: "bad-link", status: 413 });
  });

  it("a small link that inflates to 3,500 steps is refused by its step count, before the schema reads a step", () => {
    const link = linkOf({ id: "bomb", title: "Bomb", steps: Array.from({ length: 3500 }, () => ({ title: "S", summary: "x", from: "2015-01-01", to: "2016-01-01" })) });
    expect(link.length).toBeLessThan(3000);
    const result = decodeShare(link);
    expect(result).toEqual({ ok: false, errors: [`The briefing has 3,500 steps; a briefing holds at most ${DECK_LIMITS.steps}.`], tooLarge: true });
  });

  it("the largest deck the limits allow still opens; one step more does not", () => {
    const largest = { id: "big", title: "Big", steps: Array.from({ length: DECK_LIMITS.steps }, (_, i) => step(i)) };
    expect(decodeShare(linkOf(largest)).ok).toBe(true);
    expect(decodeShare(linkOf({ ...largest, steps: [...largest.steps, step(99)] }))).toMatchObject({ ok: false, tooLarge: true });
  });

  it("a step with more highlighted events or quotes than a slide holds is refused as over a limit", () => {
    const events = Array.from({ length: DECK_LIMITS.eventsPerStep + 1 }, (_, i) => `e${i}`);
    const result = decodeShare(linkOf({ id: "x", title: "X", steps: [{ ...step(1), events }] }));
    expect(result).toMatchObject({ ok: false, tooLarge: true });
    expect(!result.ok && result.errors.join(" ")).toContain(`at most ${DECK_LIMITS.eventsPerStep} highlighted events`);
  });

  it("a link that is merely broken stays a 400", () => {
    expect(resolveDeck({ deck: "1.@@@" }, [])).toMatchObject({ kind: "bad-link", status: 400 });
    expect(resolveDeck({ deck: linkOf({ id: "x" }) }, [])).toMatchObject({ kind: "bad-link", status: 400 });
  });

  it("a link that expands past 256 KB is refused as over a limit", () => {
    expect(decodeShare(linkOf({ id: "x", title: "x".repeat(300_000) }))).toMatchObject({ ok: false, tooLarge: true });
  });

  it("the deck's events are counted from the set's intervals, as toDeckData would carry them", () => {
    const story = data.stories[0]!;
    expect(deckEventCount(data, story)).toBe(toDeckData(data, story).items.length);
  });

  it("the built-in story's share link stays within every limit", () => {
    const story = { id: "s", title: "T", description: "", steps: Array.from({ length: DECK_LIMITS.steps }, (_, i) => ({ ...step(i), events: [], quotes: [], notes: "n" })) } satisfies Story;
    expect(encodeShare(story).ok).toBe(true);
  });
});

/** A slide sheet with everything at once: the longest text each field may hold, twelve events and a long quote. */
function crowdedSheet(title: string, summary: string): SlideSheet {
  const slide = toSlide({ ...step(1), title, summary, events: ["deal"], quotes: ["ada-deal"], notes: "" }, { hasEvent: () => true, laneIds: ["diplomacy", "military"], quoteById: new Map(deck.quotes.map((q) => [q.id, q])) });
  const sheet = describeSlide(slide, deck);
  const events = Array.from({ length: 12 }, (_, i) => ({ number: i + 1, id: `e${i}`, title: `${"Talks resume in Oman after months of silence ".repeat(6)}${i}`.slice(0, 300), dateLabel: "14 July 2015" }));
  return { ...sheet, events, numbers: new Map(events.map((e) => [e.id, e.number])), quote: sheet.quote && { ...sheet.quote, quote: "Long words said at length. ".repeat(150) } };
}

function figureBox(svg: string) {
  const tag = /<svg[^>]*\sx="[^"]*"[^>]*>/.exec(svg.slice(10))![0];
  const num = (name: string) => Number(new RegExp(`\\s${name}="([^"]*)"`).exec(tag)![1]);
  return { y: num("y"), height: num("height") };
}

describe("text a slide cannot hold is clamped by the layout before anything is drawn", () => {
  const cases: [string, string, string][] = [
    ["a 299-character title and a 1,999-character summary (valid)", "Iran and the United States ".repeat(12).slice(0, 299), "The talks went on. ".repeat(110).slice(0, 1999)],
    ["a 1,500-character title (over the limit, as a link could carry it)", "Tword ".repeat(250), "Summary."],
    ["a title of one 300-letter word", "W".repeat(300), "x".repeat(2000)],
  ];
  for (const [name, title, summary] of cases)
    it(`${name}: the figure keeps its share of the slide, inside it, and resvg draws it`, () => {
      for (const withQuote of [true, false]) {
        const sheet = crowdedSheet(title, summary);
        const shown = withQuote ? sheet : { ...sheet, quote: null };
        const slide = { domain: [Date.UTC(2015, 0, 1), Date.UTC(2016, 0, 1)] as [number, number], lanes: null };
        const layout = slideLayoutOf(deck, slide, shown, { kicker: "K".repeat(300), marking: "M".repeat(100) });
        const figure = renderSlideFigureSvg(deck, slide, { numbers: sheet.numbers, theme: "dark", width: layout.figure.sceneWidth });
        const svg = composeSlideSvg({ layout, figure });
        const box = figureBox(svg);
        expect(box.height).toBeGreaterThanOrEqual(SLIDE_TEXT_LINES.minFigureShare * 1080 - 1);
        expect(box.y + box.height).toBeLessThanOrEqual(1080);
        expect(() => checkSvgGeometry(svg, 2)).not.toThrow();
        // Every line of text on the slide fits its width.
        for (const [, x] of svg.matchAll(/<tspan x="([\d.]+)"/g)) expect(Number(x)).toBeLessThan(1920);
      }
    });

  it("the slide image of a clamped slide is drawn (the whole pipeline, through resvg)", () => {
    const sheet = crowdedSheet("Tword ".repeat(250), "The talks went on. ".repeat(110));
    const slide = { domain: [Date.UTC(2015, 0, 1), Date.UTC(2016, 0, 1)] as [number, number], lanes: null };
    const layout = slideLayoutOf(deck, slide, sheet, { kicker: "Probe", marking: null });
    const figure = renderSlideFigureSvg(deck, slide, { numbers: sheet.numbers, theme: "dark", width: layout.figure.sceneWidth });
    expect(svgToPng(composeSlideSvg({ layout, figure }), 1).width).toBe(1920);
  });

  it("clampParagraphs keeps to its lines and width, ending in an ellipsis only when it cut", () => {
    expect(clampParagraphs("Short title", 40, 800, 3)).toEqual({ lines: ["Short title"], clamped: false });
    const { lines, clamped } = clampParagraphs("word ".repeat(400), 40, 800, 3, "bold");
    expect(clamped).toBe(true);
    expect(lines).toHaveLength(3);
    expect(lines[2]!.endsWith("…")).toBe(true);
    for (const line of [...lines, ...clampParagraphs("W".repeat(300), 40, 800, 4).lines]) expect(measureText(line, 40, "bold")).toBeLessThanOrEqual(800);
  });
});

describe("resvg is never handed geometry it cannot take", () => {
  const wrap = (inner: string, size = 'width="100" height="100"') => `<svg xmlns="http://www.w3.org/2000/svg" ${size}>${inner}</svg>`;
  it.each([
    ["a root without a size", wrap("", 'width="0" height="100"')],
    ["a non-finite root size", wrap("", 'width="NaN" height="100"')],
    ["a negative size", wrap('<rect width="-5" height="10"/>')],
    ["a non-finite position", wrap('<rect x="Infinity" width="5" height="10"/>')],
    ["a nested picture wholly below the canvas", wrap('<svg x="0" y="2424" width="50" height="10" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>')],
    ["more pixels than an image may have", wrap("", 'width="10000" height="10000"')],
  ])("refuses %s", (_name, svg) => {
    expect(() => svgToPng(svg, 1)).toThrow(RasterRefusedError);
  });

  it("draws an ordinary picture, and the pixel limit is a 3840×2160 slide twice", () => {
    expect(svgToPng(wrap('<rect width="10" height="10" fill="red"/>'), 2).width).toBe(200);
    expect(MAX_IMAGE_PIXELS).toBe(3840 * 2160 * 2);
  });
});

describe("the Briefing tray never builds a briefing past its limits", () => {
  it("adding or duplicating a step at the step limit leaves the briefing as it was", () => {
    const full: Story = { id: "adhoc", title: "Full", description: "", steps: Array.from({ length: DECK_LIMITS.steps }, (_, i) => ({ ...step(i), events: [], quotes: [], notes: "" })) };
    expect(addStep(full, full.steps[0]!)).toBe(full);
    expect(duplicateStep(full, 3)).toBe(full);
    const almost = { ...full, steps: full.steps.slice(1) };
    expect(addStep(almost, full.steps[0]!).steps).toHaveLength(DECK_LIMITS.steps);
  });
});
