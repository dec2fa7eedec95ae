"use client";

import { useId, useMemo, useRef } from "react";
import type { TextBlock } from "@/lib/slide/text-block";
import type { DeckData } from "@/lib/story/deck-data";
import { describeSlide, itemIndex } from "@/lib/story/slide-sheet";
import type { Slide } from "@/lib/story/slides";
import { SheetEvents } from "./SheetEvents";
import { boxStyle, fontSize, textStyle } from "./slide-boxes";
import { SlideFigure, slideLayoutOf } from "./slide-figure";
import { useAnimatedDomain } from "./useAnimatedDomain";

interface SlideViewProps {
  slide: Slide;
  data: DeckData;
  kicker: string;
  /** The handling mark, or null for none (resolveMarking). */
  marking: string | null;
  /** Previews jump; the projected slide moves. */
  animate: boolean;
}

/** A text block's lines, one per line: the layout broke them, so every medium breaks them alike. */
function Lines({ block }: { block: TextBlock }) {
  return block.lines.map((line, i) => (
    <span key={i} className="slide-line">
      {line}
    </span>
  ));
}

/**
 * One slide in a 16:9 box, drawn from its layout (lib/slide/layout.ts): every box and type size is
 * in cqw of the stage, so previews are the same slide, smaller, and the slide's PNG, SVG and .pptx
 * put each part in the same place.
 */
export function SlideView({ slide, data, kicker, marking, animate }: SlideViewProps) {
  const host = useRef<HTMLDivElement>(null);
  const idPrefix = `slide${useId().replace(/[^a-zA-Z0-9]/g, "")}`;
  const domain = useAnimatedDomain(slide.domain, host, animate);
  const items = useMemo(() => itemIndex(data), [data]);
  const sheet = useMemo(() => describeSlide(slide, data, items), [slide, data, items]);
  const layout = useMemo(() => slideLayoutOf(data, slide, sheet, { kicker, marking }), [data, slide, sheet, kicker, marking]);
  const { quote, list, frame } = layout;
  return (
    <article className="slide" aria-roledescription="slide" data-events={sheet.events.length} data-level={layout.level}>
      {frame.banners && (
        <p className="slide-marking slide-marking-top" style={boxStyle(frame.banners.top.band)} data-region="marking-top">
          <span style={textStyle(frame.banners.top.text, frame.banners.top.band)}>
            <Lines block={frame.banners.top.text} />
          </span>
        </p>
      )}
      <header className="slide-head">
        <p className="slide-kicker" style={textStyle(layout.kicker)} data-region="kicker">
          <Lines block={layout.kicker} />
        </p>
        <h1 className="slide-title" style={textStyle(layout.title)} data-region="title">
          <Lines block={layout.title} />
        </h1>
        <p className="slide-summary" style={textStyle(layout.summary)} data-region="summary">
          <Lines block={layout.summary} />
        </p>
      </header>
      <div className="slide-chart" ref={host} style={boxStyle(layout.figure)} data-region="figure">
        <SlideFigure deck={data} slide={slide} domain={domain} numbers={sheet.numbers} width={layout.figure.sceneWidth} idPrefix={idPrefix} />
      </div>
      {list && <SheetEvents events={sheet.events} variant="slide" label="Events on this slide" layout={list} />}
      {quote && (
        <figure className="slide-quote" style={boxStyle(quote)} data-region="quote">
          <span className="slide-quote-rule" style={boxStyle(quote.rule, quote)} aria-hidden="true" />
          <blockquote style={textStyle(quote.text, quote)}>
            <Lines block={quote.text} />
          </blockquote>
          <figcaption style={{ fontSize: fontSize(quote.name.size) }}>
            <strong style={textStyle(quote.name, quote)}>
              <Lines block={quote.name} />
            </strong>
            <span className="slide-quote-role" style={textStyle(quote.role, quote)}>
              <Lines block={quote.role} />
            </span>
            {quote.written && (
              <span className="slide-quote-written" style={textStyle(quote.written, quote)}>
                <Lines block={quote.written} />
              </span>
            )}
          </figcaption>
        </figure>
      )}
      <p className="slide-source" style={textStyle(layout.sources)} data-region="sources">
        <Lines block={layout.sources} />
      </p>
      {frame.banners && (
        <p className="slide-marking slide-marking-bottom" style={boxStyle(frame.banners.bottom.band)} data-region="marking-bottom" aria-hidden="true">
          <span style={textStyle(frame.banners.bottom.text, frame.banners.bottom.band)}>
            <Lines block={frame.banners.bottom.text} />
          </span>
        </p>
      )}
    </article>
  );
}
