import { SheetEvents } from "@/components/present/SheetEvents";
import { SlideFigure, windowLabel } from "@/components/present/slide-figure";
import type { Source, Story } from "@/lib/schema";
import type { DeckData } from "@/lib/story/deck-data";
import type { SlideSheet } from "@/lib/story/slide-sheet";
import type { Slide } from "@/lib/story/slides";
import { formatElapsed } from "@/lib/story/timer";

/** What the handout says of an event beyond the slide: a one-line summary and its sources. */
export interface HandoutEvent {
  summary: string;
  sources: Source[];
}

export interface HandoutProps {
  story: Story;
  deck: DeckData;
  slides: Slide[];
  sheets: SlideSheet[];
  /** "US–Iran nuclear diplomacy, 2002–2025 · version 2026-12-01 · commentary as of 24 April 2025". */
  credit: string;
  generated: string;
  marking: string | null;
  events: Record<string, HandoutEvent>;
}

/** Width the handout's figures are laid out at: the page's column, with type near 8 pt on A4. */
export const HANDOUT_FIGURE_WIDTH = 1100;

const paragraphs = (text: string) => text.split(/\n{2,}/).filter((p) => p.trim());

/** The first sentence of a summary, for a one-line entry (the report has the whole). */
export function firstSentence(text: string, max = 220): string {
  const sentence = /^.+?[.!?](?=\s|$)/s.exec(text.trim())?.[0] ?? text.trim();
  return sentence.length <= max ? sentence : `${sentence.slice(0, max - 1).replace(/\s+\S*$/, "")}…`;
}

/** A step's sources, numbered in the order its events (then its quotes) cite them: the footnotes. */
function footnotesOf(sheet: SlideSheet, events: Record<string, HandoutEvent>) {
  const notes: Source[] = [];
  const numberOf = (source: Source) => {
    const i = notes.findIndex((s) => s.url === source.url);
    return i >= 0 ? i + 1 : notes.push(source);
  };
  const byEvent = new Map(sheet.events.map((event) => [event.id, (events[event.id]?.sources ?? []).map(numberOf)]));
  const byQuote = new Map(sheet.quotes.map((quote) => [quote.id, numberOf(quote.source)]));
  return { notes, byEvent, byQuote };
}

const Refs = ({ numbers }: { numbers: number[] }) => (numbers.length ? <sup className="handout-refs">{numbers.join(",")}</sup> : null);

/**
 * The handout's article with its content already made: the markup of HandoutContent, as the render
 * pool returns it (lib/export/handout-html.tsx), so the server's event loop never draws 40 figures.
 */
export function HandoutArticle({ html }: { html: string }) {
  return <article className="handout" dangerouslySetInnerHTML={{ __html: html }} />;
}

/** The handout drawn here, in the request (where there is no render pool: `next start` alone, tests of a route). */
export function HandoutDocument(props: HandoutProps) {
  return (
    <article className="handout">
      <HandoutContent {...props} />
    </article>
  );
}

/**
 * A briefing as a read-ahead: a cover (what, from which data, the handling mark, the running order),
 * then a page a step — the figure, the numbered events with their dates and one line each, the quotes
 * with who said them, the briefer's notes and the step's sources as numbered footnotes. Page numbers,
 * the mark and the data version run along every printed page (ReportPageStyle).
 */
export function HandoutContent({ story, deck, slides, sheets, credit, generated, marking, events }: HandoutProps) {
  return (
    <>
      <section className="handout-cover" aria-labelledby="handout-title">
        {marking && <p className="handout-marking">{marking}</p>}
        <p className="report-kicker">Briefing read-ahead</p>
        <h1 id="handout-title">{story.title}</h1>
        {story.description && <p className="report-description">{story.description}</p>}
        <p className="handout-credit">
          {credit} · {generated}
        </p>
        <h2>Running order</h2>
        <ol className="handout-order">
          {sheets.map((sheet, i) => (
            <li key={i}>
              <span>{sheet.title}</span> <span className="handout-window">{windowLabel(slides[i]!.domain)}</span>
              {sheet.target ? <span className="handout-target"> · {formatElapsed(sheet.target * 1000)}</span> : null}
            </li>
          ))}
        </ol>
      </section>
      {sheets.map((sheet, i) => {
        const { notes, byEvent, byQuote } = footnotesOf(sheet, events);
        return (
          <section key={i} className="handout-step" aria-labelledby={`handout-step-${i + 1}`}>
            <p className="report-kicker">
              Step {i + 1} of {sheets.length} · {windowLabel(slides[i]!.domain)}
            </p>
            <h2 id={`handout-step-${i + 1}`}>{sheet.title}</h2>
            <p className="handout-summary">{sheet.summary}</p>
            <div className="handout-figure">
              <SlideFigure deck={deck} slide={slides[i]!} numbers={sheet.numbers} theme="light" width={HANDOUT_FIGURE_WIDTH} idPrefix={`handout-step-${i + 1}`} />
            </div>
            <SheetEvents
              events={sheet.events}
              variant="handout"
              label={`Events of step ${i + 1}`}
              extra={(event) => (
                <>
                  <Refs numbers={byEvent.get(event.id) ?? []} />
                  {events[event.id]?.summary && <span className="handout-event-summary">{events[event.id]!.summary}</span>}
                </>
              )}
            />
            {sheet.quotes.map((quote) => (
              <figure key={quote.id} className="handout-quote">
                <blockquote>“{quote.quote}”</blockquote>
                <figcaption>
                  <strong>{quote.expertName}</strong>, {quote.role}, {quote.institution}
                  <Refs numbers={[byQuote.get(quote.id)!]} />
                  {quote.written && <span className="handout-written"> · {quote.written}</span>}
                </figcaption>
              </figure>
            ))}
            {sheet.notes && (
              <div className="handout-notes">
                <h3>Briefer&apos;s notes</h3>
                {paragraphs(sheet.notes).map((p, j) => (
                  <p key={j}>{p}</p>
                ))}
              </div>
            )}
            {notes.length > 0 && (
              <ol className="handout-footnotes" aria-label={`Sources of step ${i + 1}`}>
                {notes.map((source) => (
                  <li key={source.url}>
                    {source.publisher}, “{source.title}”, <span className="source-url">{source.url}</span>
                  </li>
                ))}
              </ol>
            )}
          </section>
        );
      })}
    </>
  );
}
