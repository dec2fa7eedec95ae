import { FigureSvg } from "@/components/figure/FigureSvg";
import type { TimelineItem } from "@/lib/data/items";
import { buildScene } from "@/lib/scene/build-scene";
import { layoutLinks } from "@/lib/scene/links";
import type { Scene } from "@/lib/scene/types";
import { layoutSlide, type SlideLayout } from "@/lib/slide/layout";
import type { DeckData } from "@/lib/story/deck-data";
import type { SlideSheet } from "@/lib/story/slide-sheet";
import type { Slide } from "@/lib/story/slides";
import { formatWindow } from "@/lib/time/format";
import type { TimeDomain } from "@/lib/time/scale";
import { createWindowIndex, type WindowIndex } from "@/lib/window/window-index";
import { toSvgMarkup } from "./svg-markup";

/** Dark for the projector; light for paper and PowerPoint. */
export type FigureTheme = "dark" | "light";

/**
 * The figure of a slide, in ONE place: the slide, the presenter's previews, the handout, the slide
 * image and the .pptx all draw it through here — the one scene, in the projector or slide medium.
 */
export interface SlideFigureProps {
  deck: Pick<DeckData, "items" | "lanes" | "asOf" | "links">;
  slide: Pick<Slide, "domain" | "lanes">;
  /** The number each highlighted event carries, matching the slide's list. */
  numbers: ReadonlyMap<string, number>;
  /** The window to draw, when it differs from the slide's own (a move between steps in progress). */
  domain?: TimeDomain;
  /** Width in user units: narrower when the slide shares its width with a quote, so type keeps its size. */
  width?: number;
  theme?: FigureTheme;
  /** Unique per figure on a page (the presenter view shows several). */
  idPrefix?: string;
}

/** The figure's width in user units: narrower beside a quote, so its type keeps its size on the slide. */
export function slideFigureWidth(hasQuote: boolean): number {
  return hasQuote ? 760 : 1200;
}

export function windowLabel(domain: TimeDomain): string {
  return formatWindow(domain);
}

const indexes = new WeakMap<readonly TimelineItem[], WindowIndex>();

/** The deck's items indexed once, whatever the number of slides and frames that draw them. */
function indexOf(items: readonly TimelineItem[]): WindowIndex {
  let index = indexes.get(items);
  if (!index) {
    index = createWindowIndex(items as TimelineItem[], [...new Set(items.map((item) => item.lane))], [0, 1]);
    indexes.set(items, index);
  }
  return index;
}

export function sceneOf({ deck, slide, numbers, domain, width = 1200, theme = "dark" }: SlideFigureProps) {
  const lanes = slide.lanes ? deck.lanes.filter((lane) => slide.lanes!.includes(lane.id)) : deck.lanes;
  return buildScene({ medium: theme === "dark" ? "projector" : "slide", width, domain: domain ?? slide.domain, lanes, index: indexOf(deck.items), numbers, snapshot: deck.asOf });
}

/**
 * The slide laid out (lib/slide/layout.ts) around this slide's figure: the one layout the HTML slide,
 * its image and the .pptx draw. A slide's scene is as tall at any width (its lanes, axis and foot).
 */
export function slideLayoutOf(
  deck: SlideFigureProps["deck"],
  slide: SlideFigureProps["slide"],
  sheet: SlideSheet,
  options: { kicker: string; marking: string | null; position?: { step: number; count: number } | null },
): SlideLayout {
  const height = sceneOf({ deck, slide, numbers: sheet.numbers }).height;
  return layoutSlide({ ...options, sheet, figureHeight: () => height });
}

/** The links between a slide's numbered events, laid out on its scene (labels where they find room). */
export function slideLinksOf(scene: Scene, deck: SlideFigureProps["deck"], numbers: ReadonlyMap<string, number>) {
  return layoutLinks(scene, deck.links.filter((link) => numbers.has(link.from) && numbers.has(link.to)), new Set(numbers.keys()));
}

/** The figure in a page, filling its box's width. */
export function SlideFigure(props: SlideFigureProps) {
  const scene = sceneOf(props);
  return (
    <div className={`slide-figure-${props.theme ?? "dark"}`} data-figure="slide">
      <FigureSvg scene={scene} links={slideLinksOf(scene, props.deck, props.numbers)} idPrefix={props.idPrefix ?? "slide"} title={`Timeline, ${windowLabel(props.slide.domain)}`} className="slide-timeline" fluid />
    </div>
  );
}

/**
 * The same figure as a standalone SVG file: every colour, size and font is an attribute (Liberation
 * Sans, metric-compatible with Arial). Laid out `width` units wide; with a `height` too the file is
 * width×height and the drawing keeps its proportions inside.
 */
export function renderSlideFigureSvg(deck: SlideFigureProps["deck"], slide: SlideFigureProps["slide"], options: Omit<SlideFigureProps, "deck" | "slide"> & { height?: number }): string {
  const scene = sceneOf({ deck, slide, ...options });
  const inner = toSvgMarkup(<FigureSvg scene={scene} links={slideLinksOf(scene, deck, options.numbers)} idPrefix="figure" title={`Timeline, ${windowLabel(slide.domain)}`} className="slide-timeline" />);
  const width = options.width ?? scene.width;
  const height = options.height ?? Math.round(scene.height);
  return inner.replace(/^<svg([^>]*?) width="[^"]*" height="[^"]*"/, `<svg$1 width="${width}" height="${height}" preserveAspectRatio="xMidYMid meet"`);
}

/** Width and height of a standalone figure, from its attributes. */
export function svgSize(markup: string): { width: number; height: number } {
  const width = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(markup)?.[1] ?? 900);
  const height = Number(/<svg[^>]*\sheight="([\d.]+)"/.exec(markup)?.[1] ?? 300);
  return { width, height };
}
