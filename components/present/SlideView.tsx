"use client";

import { useId, useMemo, useRef } from "react";
import type { DeckData } from "@/lib/story/deck-data";
import type { Slide } from "@/lib/story/slides";
import { formatWindow } from "@/lib/time/format";
import { SlideTimeline } from "./SlideTimeline";
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

function windowLabel([from, to]: readonly [number, number]): string {
  return formatWindow([from, to]);
}

/** One slide in a 16:9 box; every size is relative to the box, so previews are the same slide, smaller. */
export function SlideView({ slide, data, kicker, animate }: SlideViewProps) {
  const host = useRef<HTMLDivElement>(null);
  const idPrefix = `slide${useId().replace(/[^a-zA-Z0-9]/g, "")}`;
  const domain = useAnimatedDomain(slide.domain, host, animate);
  const lanes = useMemo(
    () => (slide.lanes ? data.lanes.filter((lane) => slide.lanes!.includes(lane.id)) : data.lanes),
    [slide.lanes, data.lanes],
  );
  const lit = useMemo(() => data.items.filter((item) => slide.events.includes(item.id)), [data.items, slide.events]);
  const numbers = useMemo(() => new Map(lit.map((item, i) => [item.id, i + 1])), [lit]);
  const quote = slide.quotes[0];
  return (
    <article className={quote ? "slide slide-with-quote" : "slide"} aria-roledescription="slide">
      <header className="slide-head">
        <p className="slide-kicker">{kicker}</p>
        <h1 className="slide-title">{slide.title}</h1>
        <p className="slide-summary">{slide.summary}</p>
      </header>
      <div className="slide-body">
        <div className="slide-figure">
          <div className="slide-chart" ref={host}>
            <SlideTimeline items={data.items} lanes={lanes} domain={domain} numbers={numbers} asOf={data.asOf} title={`Timeline, ${windowLabel(slide.domain)}`} width={quote ? 760 : 1200} idPrefix={idPrefix} />
          </div>
          {lit.length > 0 && (
            <ol className="slide-events" aria-label="Events on this slide">
              {lit.map((item, i) => (
                <li key={item.id} data-event-id={item.id}>
                  <span className="slide-event-number" aria-hidden="true">
                    {i + 1}
                  </span>
                  <span>
                    {item.title} <span className="slide-event-date">{item.dateLabel}</span>
                  </span>
                </li>
              ))}
            </ol>
          )}
        </div>
        {quote && (
          <figure className={quote.quote.length > LONG_QUOTE ? "slide-quote slide-quote-long" : "slide-quote"}>
            <blockquote>{quote.quote}</blockquote>
            <figcaption>
              <strong>{quote.expertName}</strong>
              <br />
              {quote.role}, {quote.institution}
            </figcaption>
          </figure>
        )}
      </div>
    </article>
  );
}
