import type { DeckData } from "@/lib/story/deck-data";
import type { Slide } from "@/lib/story/slides";
import { formatShortDate } from "@/lib/time/format";
import { toIsoDay } from "@/lib/time/partial-date";
import type { TimeDomain } from "@/lib/time/scale";
import { FIGURE_FONT, figureCss, type FigureTheme } from "./slide-figure-theme";
import { escapeXml, toSvgMarkup } from "./svg-markup";
import { SlideTimeline } from "./SlideTimeline";

/**
 * The figure of a slide, in ONE place: the slide, the presenter's previews, the handout, the slide
 * image and the .pptx all draw it through here. Callers never see how it is drawn.
 */
export interface SlideFigureProps {
  deck: Pick<DeckData, "items" | "lanes" | "asOf">;
  slide: Pick<Slide, "domain" | "lanes">;
  /** The number each highlighted event carries, matching the slide's list. */
  numbers: ReadonlyMap<string, number>;
  /** The window to draw, when it differs from the slide's own (a move between steps in progress). */
  domain?: TimeDomain;
  /** Width in user units: narrower when the slide shares its width with a quote, so type keeps its size. */
  width?: number;
  theme?: FigureTheme;
}

/** The figure's width in user units: narrower beside a quote, so its type keeps its size on the slide. */
export function slideFigureWidth(hasQuote: boolean): number {
  return hasQuote ? 560 : 900;
}

export function windowLabel([from, to]: TimeDomain): string {
  return `${formatShortDate(toIsoDay(from), "day")} – ${formatShortDate(toIsoDay(to), "day")}`;
}

function Figure({ deck, slide, numbers, domain, width }: SlideFigureProps) {
  const lanes = slide.lanes ? deck.lanes.filter((lane) => slide.lanes!.includes(lane.id)) : deck.lanes;
  return (
    <SlideTimeline items={deck.items} lanes={lanes} domain={domain ?? slide.domain} numbers={numbers} asOf={deck.asOf} title={`Timeline, ${windowLabel(slide.domain)}`} width={width} />
  );
}

/** The figure in a page; its theme's style sheet is hoisted into the head once (React 19 style precedence). */
export function SlideFigure(props: SlideFigureProps) {
  const theme = props.theme ?? "dark";
  return (
    <div className={`slide-figure-${theme}`} data-figure="slide">
      <style href={`slide-figure-${theme}`} precedence="default">
        {figureCss(theme, `.slide-figure-${theme}`)}
      </style>
      <Figure {...props} />
    </div>
  );
}

/**
 * The same figure as a standalone SVG file: styles inlined, fonts named explicitly
 * (Liberation Sans, metric-compatible with Arial) and a background. It is laid out `width` units
 * wide; with a `height` too the file is width×height and the drawing keeps its proportions inside.
 */
export function renderSlideFigureSvg(deck: SlideFigureProps["deck"], slide: SlideFigureProps["slide"], options: Omit<SlideFigureProps, "deck" | "slide"> & { height?: number }): string {
  const theme = options.theme ?? "dark";
  const inner = toSvgMarkup(<Figure deck={deck} slide={slide} {...options} />);
  const viewBox = /viewBox="([^"]+)"/.exec(inner)?.[1] ?? "0 0 900 300";
  const [, , w, h] = viewBox.split(/\s+/).map(Number) as [number, number, number, number];
  const width = options.width ?? w;
  const height = options.height ?? h;
  const body = inner.replace(/^<svg[^>]*>/, "").replace(/<\/svg>$/, "");
  const css = figureCss(theme, "");
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="slide-timeline" viewBox="${viewBox}" width="${width}" height="${height}" preserveAspectRatio="xMidYMid meet" font-family="${escapeXml(FIGURE_FONT)}">`,
    `<style>${css}</style>`,
    `<rect class="figure-background" x="0" y="0" width="${w}" height="${h}"/>`,
    body,
    `</svg>`,
  ].join("");
}

/** Width and height of a standalone figure, from its attributes. */
export function svgSize(markup: string): { width: number; height: number } {
  const width = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(markup)?.[1] ?? 900);
  const height = Number(/<svg[^>]*\sheight="([\d.]+)"/.exec(markup)?.[1] ?? 300);
  return { width, height };
}
