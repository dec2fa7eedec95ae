"use client";

import { useId, useMemo, useRef } from "react";
import type { DeckData } from "@/lib/story/deck-data";
import { describeSlide, isDenseSlide, itemIndex, MANY_EVENTS, SLIDE_TEXT_LINES } from "@/lib/story/slide-sheet";
import type { Slide } from "@/lib/story/slides";
import { SheetEvents } from "./SheetEvents";
import { SlideFigure, slideFigureWidth } from "./slide-figure";
import { useAnimatedDomain } from "./useAnimatedDomain";

interface SlideViewProps {
  slide: Slide;
  data: DeckData;
  kicker: string;
  /** Previews jump; the projected slide moves. */
  animate: boolean;
}

// Quotes are shown whole, never cut: long ones are set smaller, still at projector size.
const LONG_QUOTE = 380;
const VERY_LONG_QUOTE = 620;


/**
 * One slide in a 16:9 box; every size is relative to the box, so previews are the same slide, smaller.
 * The title, list, quote and source line take the room they need; the figure scales into what is left.
 */
export function SlideView({ slide, data, kicker, animate }: SlideViewProps) {
  const host = useRef<HTMLDivElement>(null);
  const idPrefix = `slide${useId().replace(/[^a-zA-Z0-9]/g, "")}`;
  const domain = useAnimatedDomain(slide.domain, host, animate);
  const items = useMemo(() => itemIndex(data), [data]);
  const sheet = useMemo(() => describeSlide(slide, data, items), [slide, data, items]);
  const { quote, events } = sheet;
  const quoteClass = !quote ? "" : quote.quote.length > VERY_LONG_QUOTE ? " slide-quote-longer" : quote.quote.length > LONG_QUOTE ? " slide-quote-long" : "";
  const layout = [
    quote ? "slide-with-quote" : "",
    events.length > MANY_EVENTS ? "slide-many" : "",
    isDenseSlide(sheet) ? "slide-dense" : "",
    events.length === 0 ? "slide-no-events" : "",
  ]
    .filter(Boolean)
    .join(" ");
  return (
    <article className={`slide ${layout}`.trim()} aria-roledescription="slide" data-events={events.length}>
      <header className="slide-head">
        <p className="slide-kicker" style={{ WebkitLineClamp: 1 }}>
          {kicker}
        </p>
        <h1 className="slide-title" style={{ WebkitLineClamp: SLIDE_TEXT_LINES.title }}>
          {slide.title}
        </h1>
        <p className="slide-summary" style={{ WebkitLineClamp: SLIDE_TEXT_LINES.summary }}>
          {slide.summary}
        </p>
      </header>
      <div className="slide-body">
        <div className="slide-chart" ref={host}>
          <SlideFigure deck={data} slide={slide} domain={domain} numbers={sheet.numbers} width={slideFigureWidth(Boolean(quote))} idPrefix={idPrefix} />
        </div>
        <SheetEvents events={events} variant="slide" label="Events on this slide" />
        {quote && (
          <figure className={`slide-quote${quoteClass}`}>
            <blockquote>{quote.quote}</blockquote>
            <figcaption>
              <strong>{quote.expertName}</strong>
              <br />
              {quote.role}, {quote.institution}
              {quote.written && <span className="slide-quote-written">{quote.written}</span>}
            </figcaption>
          </figure>
        )}
      </div>
      <p className="slide-source">{sheet.sourceLine}</p>
    </article>
  );
}
