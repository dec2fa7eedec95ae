import type { IndexedDataset } from "@/lib/data/index-dataset";
import type { PptxInput } from "@/lib/export/pptx";
import type { PptxJobInput } from "@/lib/export/render-jobs";
import type { Source, Story } from "@/lib/schema";
import type { DeckData } from "@/lib/story/deck-data";
import { resolveMarking } from "@/lib/story/marking";
import type { SlideSheet } from "@/lib/story/slide-sheet";
import type { Slide } from "@/lib/story/slides";
import { sceneOf, slideLayoutOf, slideLinksOf, windowLabel } from "./slide-figure";

/** What the render pool needs to make a deck's .pptx: plain values (the deck's items, each step's window and sheet). */
export function pptxJobInput(
  { data, story, deck, slides, sheets }: { data: IndexedDataset; story: Story; deck: DeckData; slides: Slide[]; sheets: SlideSheet[] },
  sources: Source[],
  generated: string,
): PptxJobInput {
  return {
    title: story.title,
    description: story.description,
    credit: data.manifest.title,
    dataVersion: data.manifest.version ?? null,
    commentary: deck.asOf.label,
    generated,
    marking: resolveMarking(story.marking, deck.marking),
    deck: { items: deck.items, lanes: deck.lanes, asOf: deck.asOf, links: deck.links },
    slides: slides.map((slide, i) => ({ slide: { domain: slide.domain, lanes: slide.lanes }, sheet: sheets[i]!, window: windowLabel(slide.domain) })),
    sources,
  };
}

/** The .pptx's content, made where the job runs: each step laid out by the one slide layout, its figure's scene in the slide medium. */
export function pptxInputOf({ deck, slides, ...rest }: PptxJobInput): PptxInput {
  return {
    ...rest,
    slides: slides.map(({ slide, sheet, window }, i) => {
      const layout = slideLayoutOf(deck, slide, sheet, { kicker: rest.title, marking: rest.marking, position: { step: i + 1, count: slides.length } });
      const scene = sceneOf({ deck, slide, numbers: sheet.numbers, theme: "light", width: layout.figure.sceneWidth });
      return { sheet, layout, scene, links: slideLinksOf(scene, deck, sheet.numbers), window };
    }),
  };
}
