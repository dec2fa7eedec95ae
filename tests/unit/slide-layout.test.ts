import { describe, expect, it } from "vitest";
import { measureText } from "@/lib/scene/text";
import { layoutSlide, type SlideLayout } from "@/lib/slide/layout";
import { slideFrame } from "@/lib/slide/frame";
import type { Box, TextBlock } from "@/lib/slide/text-block";
import { SLIDE_TEXT_LINES, type SheetQuote, type SlideSheet } from "@/lib/story/slide-sheet";

/** A slide's text at its longest and its list at any length: fixtures, not the editorial data. */
const quote = (length: number): SheetQuote => ({
  id: "q",
  quote: "Talking itself may hold off snapback for a while, and both sides know it. ".repeat(60).slice(0, length),
  expertName: "Ada Example",
  role: "Senior Fellow",
  institution: "An Institute of Long Names for Regional Studies",
  source: { title: "T", publisher: "P", url: "https://example.org" },
  snapshot: { ms: Date.UTC(2025, 3, 25), label: "Expert Snapshots, written no earlier than 24 April 2025" },
  written: "Written 24 April 2025, before the events shown",
});

function sheet(events: number, options: { title?: string; summary?: string; quote?: SheetQuote | null } = {}): Pick<SlideSheet, "title" | "summary" | "events" | "quote" | "sourceLine"> {
  return {
    title: options.title ?? "Autumn 2024: blows, a US election, and Assad falls in Damascus",
    summary: options.summary ?? "Hamas leader Ismail Haniyeh is killed in Tehran on 31 July and Hezbollah's Hassan Nasrallah in Beirut on 27 September. Iran fires about 180 missiles at Israel on 1 October.",
    events: Array.from({ length: events }, (_, i) => ({ number: i + 1, id: `e${i}`, title: `Operation True Promise II: Iranian missile barrage on Israel, part ${i + 1}`, dateLabel: "26 October 2024" })),
    quote: options.quote === undefined ? quote(300) : options.quote,
    sourceLine: "Sources: International Atomic Energy Agency; U.S. Department of Defense; Reuters; Associated Press; 12 more · Commentary: Middle East Institute, National University of Singapore",
  };
}

/** A five-lane slide scene: 52 (axis) + 5 × 64 + 28 (foot) units tall at any width. */
const figureHeight = () => 400;

function regions(layout: SlideLayout): [string, Box][] {
  const out: [string, Box | null][] = [
    ["kicker", layout.kicker],
    ["title", layout.title],
    ["summary", layout.summary],
    ["figure", layout.figure],
    ["list", layout.list],
    ["quote", layout.quote],
    ["sources", layout.sources],
    ["footer", layout.frame.footer],
    ["marking-top", layout.frame.banners?.top.band ?? null],
    ["marking-bottom", layout.frame.banners?.bottom.band ?? null],
  ];
  return out.filter((entry): entry is [string, Box] => entry[1] !== null && entry[1].height > 0);
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;

function expectWellFormed(layout: SlideLayout, label: string) {
  const parts = regions(layout);
  for (const [name, box] of parts) {
    expect(box.x, `${label}: ${name} left`).toBeGreaterThanOrEqual(0);
    expect(box.y, `${label}: ${name} top`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `${label}: ${name} right`).toBeLessThanOrEqual(1920.5);
    expect(box.y + box.height, `${label}: ${name} bottom`).toBeLessThanOrEqual(1080.5);
  }
  for (let i = 0; i < parts.length; i++) for (let j = i + 1; j < parts.length; j++) expect(overlaps(parts[i]![1], parts[j]![1]), `${label}: ${parts[i]![0]} over ${parts[j]![0]}`).toBe(false);
  expect(layout.figure.height, `${label}: the figure keeps its share`).toBeGreaterThanOrEqual(SLIDE_TEXT_LINES.minFigureShare * 1080 - 1);
  const blocks: TextBlock[] = [layout.kicker, layout.title, layout.summary, layout.sources, ...(layout.quote ? [layout.quote.text, layout.quote.name, layout.quote.role] : [])];
  for (const block of blocks) for (const line of block.lines) expect(measureText(line, block.size, block.weight), `${label}: "${line}"`).toBeLessThanOrEqual(block.width + 0.5);
  for (const entry of layout.list?.entries ?? []) {
    for (const line of entry.text.lines) expect(measureText(`${line.text} ${line.date ?? ""}`.trim(), layout.list!.size)).toBeLessThanOrEqual(entry.text.width + 0.5);
    expect(entry.text.lines.at(-1)!.date, `${label}: each entry ends with its whole date`).toBe("26 October 2024");
  }
}

describe("one slide layout", () => {
  it("places every region inside the slide, apart, for 1 to 12 events, with and without a quote and a handling mark", () => {
    for (let n = 1; n <= 12; n++)
      for (const q of [quote(300), quote(700), null])
        for (const marking of [null, "OFFICIAL-SENSITIVE"]) {
          const layout = layoutSlide({ kicker: "From the JCPOA to the Rome talks", sheet: sheet(n, { quote: q }), marking, position: { step: n, count: 12 }, figureHeight });
          expectWellFormed(layout, `${n} events, quote ${q?.quote.length ?? 0}, mark ${marking}`);
          expect(layout.list!.entries.length + (layout.list!.more ? Number(/\d+/.exec(layout.list!.more.lines[0]!)![0]) : 0)).toBe(n);
        }
  });

  it("keeps a short slide whole, at full size", () => {
    const layout = layoutSlide({ kicker: "K", sheet: sheet(3), marking: null, figureHeight });
    expect(layout.level).toBe(0);
    for (const block of [layout.title, layout.summary, layout.quote!.text]) expect(block.clamped).toBe(false);
  });

  it("cuts text a slide cannot hold with an ellipsis, within the lines it allows, and keeps the figure", () => {
    const cases = [
      { title: "Iran and the United States ".repeat(12).slice(0, 299), summary: "The talks went on. ".repeat(110).slice(0, 1999) },
      { title: "Tword ".repeat(250), summary: "Summary." },
      { title: "W".repeat(300), summary: "x".repeat(2000) },
    ];
    for (const [i, text] of cases.entries())
      for (const q of [quote(4000), null]) {
        const layout = layoutSlide({ kicker: "K".repeat(300), sheet: { ...sheet(12, { quote: q }), ...text }, marking: "M".repeat(100), figureHeight });
        expectWellFormed(layout, `case ${i + 1}`);
        expect(layout.title.lines.length).toBeLessThanOrEqual(SLIDE_TEXT_LINES.title);
        expect(layout.summary.lines.length).toBeLessThanOrEqual(SLIDE_TEXT_LINES.summary);
        expect(layout.title.lines.at(-1)!.endsWith("…") || !layout.title.clamped).toBe(true);
        if (q) expect(layout.quote!.text.lines.at(-1)).toMatch(/…$/);
      }
  });

  it("draws the handling mark as a banner along the top and bottom edges, one line, cut if it must be", () => {
    const frame = slideFrame("Internal — not for circulation");
    expect(frame.banners!.top.band.y).toBe(0);
    expect(frame.banners!.bottom.band.y + frame.banners!.bottom.band.height).toBe(1080);
    expect(frame.banners!.top.text.lines).toEqual(["Internal — not for circulation"]);
    expect(slideFrame("W".repeat(100)).banners!.top.text.lines[0]).toMatch(/…$/);
    expect(slideFrame(null).banners).toBeNull();
  });
});
