import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import JSZip from "jszip";
import { createElement } from "react";
import { beforeAll, describe, expect, it } from "vitest";
import { renderSlideFigureSvg } from "@/components/present/slide-figure";
import { toSvgMarkup } from "@/components/present/svg-markup";
import { indexDataset, type IndexedDataset } from "@/lib/data/index-dataset";
import { readDatasetDir } from "@/lib/data/read-dir";
import { buildPptx } from "@/lib/export/pptx";
import { composeSlideSvg } from "@/lib/export/slide-svg";
import { wrapParagraphs } from "@/lib/scene/text";
import type { Story } from "@/lib/schema";
import { createEventStep, emptyAdhocStory, storyIdFrom, toStoryFile } from "@/lib/story/adhoc";
import { slideContextOf, toDeckData, type DeckData } from "@/lib/story/deck-data";
import { describeSlide, type SlideSheet } from "@/lib/story/slide-sheet";
import { toSlideDeck, type Slide } from "@/lib/story/slides";
import { getEventDetail } from "@/lib/view/event-detail";

const run = promisify(execFile);
let data: IndexedDataset;
let story: Story;
let deck: DeckData;
let slides: Slide[];
let sheets: SlideSheet[];

beforeAll(async () => {
  const result = await readDatasetDir(path.resolve("data"));
  if (!result.ok) throw new Error("the built-in data set does not load");
  data = indexDataset(result.dataset);
  story = data.stories[0]!;
  deck = toDeckData(data, story);
  slides = toSlideDeck(story, slideContextOf(deck)).slides;
  sheets = slides.map((slide) => describeSlide(slide, deck));
});

describe("a briefing saved as a story file", () => {
  it("gets an id of its own from its title", () => {
    expect(storyIdFrom("Iran, 2025: the Rome talks")).toBe("iran-2025-the-rome-talks");
    expect(storyIdFrom("Ad hoc")).toBe("ad-hoc");
    expect(storyIdFrom("adhoc")).toBe("briefing");
    expect(storyIdFrom("“…”")).toBe("briefing");
  });

  it("joins data/stories.json and passes npm run data:check", async () => {
    const step = createEventStep(getEventDetail(data, "us-iran-talks-round-2-rome")!, data.lanes.map((l) => l.id), data.lanes.map((l) => l.id));
    const mine = { ...emptyAdhocStory(), title: "Rome, April 2025", steps: [{ ...step, notes: "Say it.", target: 90 }] };
    const file = JSON.parse(toStoryFile(mine)) as Story;
    expect(file.id).toBe("rome-april-2025");
    const dir = await mkdtemp(path.join(tmpdir(), "snapshots-story-"));
    try {
      await cp(path.resolve("data"), dir, { recursive: true });
      const stories = JSON.parse(await readFile(path.join(dir, "stories.json"), "utf8")) as unknown[];
      await writeFile(path.join(dir, "stories.json"), JSON.stringify([...stories, file], null, 2));
      const { stdout } = await run(path.resolve("node_modules/.bin/tsx"), ["scripts/data-check.ts", dir]);
      expect(stdout).toMatch(new RegExp(`OK — .* ${stories.length + 1} stories`));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 30_000);
});

describe("what a slide prints", () => {
  it("numbers the highlighted events in time order, as the figure's badges", () => {
    for (const sheet of sheets) {
      expect(sheet.events.map((e) => e.number)).toEqual(sheet.events.map((_, i) => i + 1));
      expect([...sheet.numbers.values()]).toEqual(sheet.events.map((e) => e.number));
    }
  });

  it("carries a source line naming its events' publishers and the commentary's", () => {
    const first = sheets[0]!;
    const publishers = new Set(story.steps[0]!.events.flatMap((id) => data.eventById.get(id)!.sources.map((s) => s.publisher)));
    expect(first.sourceLine).toMatch(/^Sources: /);
    expect([...publishers].some((p) => first.sourceLine.includes(p))).toBe(true);
    expect(first.sourceLine).toContain("Commentary: Middle East Institute");
  });

  it("names official documents and wire reports first when the line is too short for every publisher", () => {
    for (const [i, sheet] of sheets.entries()) {
      const typeOf = new Map<string, number>();
      const order = ["official", "wire", "press", "analysis", "state-affiliated"];
      for (const id of story.steps[i]!.events)
        for (const s of data.eventById.get(id)!.sources) typeOf.set(s.publisher, Math.min(typeOf.get(s.publisher) ?? 9, order.indexOf(s.type ?? "")));
      const named = sheet.sourceLine.replace(/^Sources: /, "").split(" · ")[0]!.split("; ").filter((name) => typeOf.has(name));
      const ranks = named.map((name) => typeOf.get(name)!);
      expect(ranks, `step ${i + 1}: ${sheet.sourceLine}`).toEqual([...ranks].sort((a, b) => a - b));
      if (typeOf.size > 0 && [...typeOf.values()].includes(0)) expect(ranks[0], `step ${i + 1}`).toBe(0);
    }
  });

  it("credits the data set on a slide without highlighted events, and counts what does not fit the line", () => {
    const window = describeSlide({ ...slides[0]!, events: [], quotes: [] }, deck);
    expect(window.sourceLine).toBe(`Events: ${data.manifest.title}`);
    const many = describeSlide({ ...slides[0]!, events: story.steps.flatMap((s) => s.events), quotes: [] }, deck);
    expect(many.sourceLine).toMatch(/^Sources: ([^;]+; ){5}\d+ more$/);
  });

  it("marks a quote on a slide reaching past the commentary's date with when it was written, never more exactly than known", () => {
    const asOf = data.manifest.asOf;
    sheets.forEach((sheet, i) => {
      if (!sheet.quote) return;
      const after = story.steps[i]!.to > asOf;
      expect(sheet.quote.written !== null, `step ${i + 1}`).toBe(after);
    });
    const last = sheets[sheets.length - 1]!;
    // The article is dated only to April 2025: the slide says the day is a lower bound.
    expect(last.quote?.written).toBe(data.manifest.asOfLabel);
    expect(last.quote?.written).toMatch(/no earlier than 24 April 2025/);
  });
});

describe("the slide figure as a file", () => {
  it("is a standalone SVG with every colour and size an attribute, and hostile text escaped", () => {
    const svg = renderSlideFigureSvg(deck, slides[0]!, { numbers: sheets[0]!.numbers, theme: "light", width: 900 });
    expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toMatch(/^<svg [^>]*width="900" height="\d+"/);
    expect(svg).toContain('fill="#ffffff"');
    expect(svg).toContain("Liberation Sans");
    expect(svg).not.toMatch(/class="[^"]*"[^>]*className/);
    expect(svg.match(/data-label-for=/g)).toHaveLength(sheets[0]!.events.length);
    expect(toSvgMarkup(createElement("text", { x: 1, textAnchor: "middle" }, '<script>alert("x")</script>'))).toBe('<text x="1" text-anchor="middle">&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62;</text>');
  });

  it("composes a whole slide: title, list, quote, source line and the figure nested", () => {
    const svg = composeSlideSvg({ sheet: sheets[2]!, kicker: story.title, figure: renderSlideFigureSvg(deck, slides[2]!, { numbers: sheets[2]!.numbers }) });
    expect(svg).toContain('width="1920" height="1080"');
    // Every title is on the slide, wrapped over lines as the column needs.
    const text = svg.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
    for (const event of sheets[2]!.events) expect(text).toContain(event.title.replace(/&/g, "&#38;").replace(/'/g, "&#39;"));
    expect(svg).toContain("Sources: ");
    expect((svg.match(/<svg/g) ?? []).length).toBe(2);
  });

  it("wraps its text by the figure's measure to the width it is given, a paragraph per line break", () => {
    expect(wrapParagraphs("one two three four five six", 10, 60)).toEqual(["one two", "three four", "five six"]);
    expect(wrapParagraphs("one\ntwo", 10, 600)).toEqual(["one", "two"]);
    // Wide letters take more room than narrow ones: the measure is per glyph, not an average.
    expect(wrapParagraphs("WWWW WWWW", 10, 60).length).toBe(2);
    expect(wrapParagraphs("iiii iiii", 10, 60).length).toBe(1);
  });
});

describe("the PowerPoint file", () => {
  it("has a title slide, one slide per step with its title, notes and figure, and sources at the end", async () => {
    // A 1×1 PNG stands in for the figures: this checks the deck's structure, not the rasteriser.
    const png = Uint8Array.from(Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64"));
    const file = await buildPptx({
      title: story.title,
      description: story.description,
      credit: "Test credit",
      generated: "Generated today",
      slides: sheets.map((sheet) => ({ sheet, figure: { png, width: 900, height: 300 }, window: "a window" })),
      sources: [{ title: "A <source>", publisher: "P & Q", url: "https://example.org/a?b=1&c=2" }],
    });
    const zip = await JSZip.loadAsync(file);
    const slideFiles = Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
    expect(slideFiles).toHaveLength(story.steps.length + 2);
    const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
    const xml = async (name: string) => (await zip.file(name)!.async("string")).replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => entities[e]!);
    const presentation = await zip.file("ppt/presentation.xml")!.async("string");
    expect(presentation).toMatch(/<p:sldSz cx="12192000" cy="6858000"/); // 13.333 × 7.5 in: 16:9
    for (let i = 0; i < story.steps.length; i++) {
      const slide = await xml(`ppt/slides/slide${i + 2}.xml`);
      expect(slide).toContain(sheets[i]!.title);
      expect(slide).toMatch(/<p:pic>/);
      expect(slide).toContain('typeface="Calibri"');
      const rels = await zip.file(`ppt/slides/_rels/slide${i + 2}.xml.rels`)!.async("string");
      const notesName = /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)![1]!;
      const notes = await xml(`ppt/notesSlides/${notesName}`);
      expect(notes).toContain(story.steps[i]!.notes.split("\n")[0]!.slice(0, 40));
    }
    expect(await xml(`ppt/slides/slide${story.steps.length + 2}.xml`)).toContain("Sources");
    expect(Object.keys(zip.files).filter((name) => name.startsWith("ppt/media/")).length).toBeGreaterThanOrEqual(1);
  }, 30_000);
});
