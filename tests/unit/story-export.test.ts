import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import JSZip from "jszip";
import { createElement } from "react";
import { beforeAll, describe, expect, it } from "vitest";
import { pptxInputOf, pptxJobInput } from "@/components/present/deck-pptx";
import { renderSlideFigureSvg, slideLayoutOf } from "@/components/present/slide-figure";
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
import { testDeadline } from "../deadline";

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
  }, testDeadline(30_000));
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

  it("draws a slide's links under its marks and number discs, so no line crosses a number", () => {
    let drawn = 0;
    for (const [i, slide] of slides.entries()) {
      const svg = renderSlideFigureSvg(deck, slide, { numbers: sheets[i]!.numbers, theme: "light", width: 1200 });
      if (!svg.includes('class="link"')) continue;
      drawn += 1;
      const curves = svg.indexOf('class="link-curves"');
      expect(curves, `step ${i + 1}`).toBeGreaterThan(0);
      expect(curves, `step ${i + 1}`).toBeLessThan(svg.indexOf('class="marks"'));
      expect(svg.indexOf('class="marks"'), `step ${i + 1}`).toBeLessThan(svg.indexOf('class="mark-badge"'));
    }
    expect(drawn).toBeGreaterThan(0);
  });

  it("composes a whole slide from its layout: title, list, quote, source line, banners and the figure nested", () => {
    const layout = slideLayoutOf(deck, slides[2]!, sheets[2]!, { kicker: story.title, marking: "OFFICIAL <b>", position: { step: 3, count: slides.length } });
    const svg = composeSlideSvg({ layout, figure: renderSlideFigureSvg(deck, slides[2]!, { numbers: sheets[2]!.numbers, width: layout.figure.sceneWidth }) });
    expect(svg).toContain('width="1920" height="1080"');
    const esc = (text: string) => text.replace(/&/g, "&#38;").replace(/'/g, "&#39;").replace(/</g, "&#60;").replace(/>/g, "&#62;");
    for (const entry of layout.list!.entries) for (const line of entry.text.lines) expect(svg).toContain(esc(line.text));
    expect(svg).toContain("Sources: ");
    expect(svg.match(/OFFICIAL &#60;b&#62;/g)).toHaveLength(2);
    for (const region of ["kicker", "title", "summary", "figure", "list", "quote", "sources", "marking-top", "marking-bottom"]) expect(svg).toContain(`data-region="${region}"`);
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
  const MARKING = "Internal — not for circulation";
  const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
  const unxml = (text: string) => text.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => entities[e]!);
  let zip: JSZip;
  let input: ReturnType<typeof pptxInputOf>;
  const xml = async (name: string) => unxml(await zip.file(name)!.async("string"));
  /** Every text run of a piece of slide XML, joined per shape: what PowerPoint shows and searches. */
  const runsOf = (part: string) => [...part.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]!);

  beforeAll(async () => {
    const marked = { ...story, marking: MARKING };
    const markedDeck = toDeckData(data, marked);
    input = pptxInputOf(pptxJobInput({ data, story: marked, deck: markedDeck, slides, sheets: slides.map((slide) => describeSlide(slide, markedDeck)) }, [{ title: "A <source>", publisher: "P & Q", url: "https://example.org/a?b=1&c=2" }], "Generated today"));
    zip = await JSZip.loadAsync(await buildPptx(input));
  }, testDeadline(30_000));

  it("has a title slide naming the data version and the commentary's date, one slide per step with its notes, and sources at the end", async () => {
    const slideFiles = Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
    expect(slideFiles).toHaveLength(story.steps.length + 2);
    expect(await xml("ppt/presentation.xml")).toMatch(/<p:sldSz cx="12192000" cy="6858000"/); // 13.333 × 7.5 in: 16:9
    const title = await xml("ppt/slides/slide1.xml");
    expect(title).toContain(`version ${data.manifest.version}`);
    expect(title).toContain(`Commentary: ${deck.asOf.label}`);
    for (let i = 0; i < story.steps.length; i++) {
      const slide = await xml(`ppt/slides/slide${i + 2}.xml`);
      expect(runsOf(slide).join(" ")).toContain(input.slides[i]!.layout.title.lines[0]!);
      expect(slide).toContain('typeface="Arial"');
      const rels = await zip.file(`ppt/slides/_rels/slide${i + 2}.xml.rels`)!.async("string");
      const notes = await xml(`ppt/notesSlides/${/Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)![1]!}`);
      expect(notes).toContain(story.steps[i]!.notes.split("\n")[0]!.slice(0, 40));
    }
    expect(await xml(`ppt/slides/slide${story.steps.length + 2}.xml`)).toContain("Sources");
  });

  it("draws every step's figure as shapes: a shape per mark, a text run per lane, label and number disc, links as glued connectors, no picture", async () => {
    let connectors = 0;
    for (const [i, step] of input.slides.entries()) {
      const slide = await xml(`ppt/slides/slide${i + 2}.xml`);
      const label = `step ${i + 1}`;
      expect(slide, label).not.toMatch(/<p:pic>/);
      expect(Object.values(zip.files).some((entry) => entry.name.startsWith("ppt/media/") && !entry.dir), label).toBe(false);
      const figure = slide.slice(slide.indexOf('name="Figure"') - 80);
      const marks = figure.match(/<p:cNvPr id="\d+" name="Mark: /g) ?? [];
      expect(marks.length, `${label}: marks`).toBeGreaterThanOrEqual(step.scene.marks.length);
      const runs = runsOf(figure);
      for (const lane of step.scene.lanes) expect(runs, `${label}: lane ${lane.label}`).toContain(lane.label);
      for (const l of step.scene.labels) for (const line of l.lines) expect(runs, `${label}: label ${line}`).toContain(line);
      // Each numbered event: its disc on the figure carries its number.
      for (const event of step.sheet.events) expect(figure, `${label}: disc ${event.number}`).toMatch(new RegExp(`name="Number ${event.number}"[\\s\\S]*?<a:t>${event.number}</a:t>`));
      const glued = figure.match(/<p:cxnSp>[\s\S]*?<\/p:cxnSp>/g) ?? [];
      expect(glued.length, `${label}: links`).toBe(step.links.length);
      for (const c of glued) expect(c).toMatch(/<a:stCxn id="\d+" idx="\d"\/><a:endCxn id="\d+" idx="\d"\/>/);
      connectors += glued.length;
      // Under the marks and discs, as on the projected slide.
      if (glued.length) expect(figure.indexOf("<p:cxnSp>"), label).toBeLessThan(figure.indexOf('name="Number '));
      // Each lane's band and name are a group, and its events (marks, labels, discs, counts) another a
      // briefer can move as one: apart, so the links and grid lines stay over the bands and under the marks.
      for (const lane of step.scene.lanes) expect(figure, `${label}: band ${lane.label}`).toContain(`name="Lane band: ${lane.label}"`);
      const busy = new Set([...step.scene.marks.map((mark) => mark.lane), ...step.scene.clusters.map((cluster) => cluster.lane)]);
      expect(figure.match(/<p:grpSp><p:nvGrpSpPr><p:cNvPr id="\d+" name="Lane: /g)?.length, label).toBe(busy.size);
    }
    expect(connectors).toBeGreaterThan(0);
  });

  it("opens in LibreOffice, where this machine has it: a page per slide, the mark on every page, each step's lanes, labels and numbers as text", async () => {
    const soffice = (process.env.PATH ?? "").split(path.delimiter).map((dir) => path.join(dir, "soffice")).find((file) => existsSync(file));
    if (!soffice) return;
    const dir = await mkdtemp(path.join(tmpdir(), "snapshots-pptx-"));
    try {
      await writeFile(path.join(dir, "deck.pptx"), await buildPptx(input));
      await run(soffice, ["--headless", "--convert-to", "pdf", "--outdir", dir, path.join(dir, "deck.pptx")], { timeout: testDeadline(120_000) });
      const pages = (await run("pdftotext", [path.join(dir, "deck.pdf"), "-"])).stdout.split("\f").filter((page) => page.trim());
      expect(pages).toHaveLength(input.slides.length + 2);
      for (const [i, page] of pages.entries()) expect(page.split(MARKING).length - 1, `page ${i + 1}`).toBe(2);
      for (const [i, step] of input.slides.entries()) {
        const words = new Set(pages[i + 1]!.split(/\s+/));
        for (const lane of step.scene.lanes) expect(pages[i + 1], `step ${i + 1}: ${lane.label}`).toContain(lane.label);
        for (const label of step.scene.labels) expect(words.has(label.lines[0]!.split(" ")[0]!), `step ${i + 1}: label ${label.lines[0]}`).toBe(true);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, testDeadline(150_000));

  it("puts the handling mark in the slide master, top and bottom, as text", async () => {
    const master = await xml("ppt/slideMasters/slideMaster1.xml");
    expect(master.match(new RegExp(`<a:t>${MARKING}</a:t>`, "g"))).toHaveLength(2);
    expect(master).toContain('name="Handling mark (top)"');
    // Not on the slides themselves: one mark, in the master, stays with a copied slide.
    expect(await xml("ppt/slides/slide3.xml")).not.toContain(MARKING);
    expect(await xml("docProps/core.xml")).toContain(MARKING);
  });
});
