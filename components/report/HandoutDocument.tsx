import { SheetEvents } from "@/components/present/SheetEvents";
import { SlideFigure } from "@/components/present/slide-figure";
import type { Story } from "@/lib/schema";
import type { DeckData } from "@/lib/story/deck-data";
import type { SlideSheet } from "@/lib/story/slide-sheet";
import type { Slide } from "@/lib/story/slides";
import { formatElapsed } from "@/lib/story/timer";
import { windowLabel } from "@/components/present/slide-figure";

interface HandoutProps {
  story: Story;
  deck: DeckData;
  slides: Slide[];
  sheets: SlideSheet[];
  credit: string;
  generated: string;
}

const paragraphs = (text: string) => text.split(/\n{2,}/).filter((p) => p.trim());

/** A story printed as a handout: a cover with the running order, then one step per page. */
export function HandoutDocument({ story, deck, slides, sheets, credit, generated }: HandoutProps) {
  return (
    <article className="handout">
      <section className="handout-cover" aria-labelledby="handout-title">
        <p className="report-kicker">Briefing handout</p>
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
      {sheets.map((sheet, i) => (
        <section key={i} className="handout-step" aria-labelledby={`handout-step-${i + 1}`}>
          <p className="report-kicker">
            Step {i + 1} of {sheets.length} · {windowLabel(slides[i]!.domain)}
          </p>
          <h2 id={`handout-step-${i + 1}`}>{sheet.title}</h2>
          <p className="handout-summary">{sheet.summary}</p>
          <div className="handout-figure">
            <SlideFigure deck={deck} slide={slides[i]!} numbers={sheet.numbers} theme="light" width={900} idPrefix={`handout-step-${i + 1}`} />
          </div>
          <SheetEvents events={sheet.events} variant="handout" label={`Events of step ${i + 1}`} />
          {sheet.quotes.map((quote) => (
            <figure key={quote.id} className="handout-quote">
              <blockquote>“{quote.quote}”</blockquote>
              <figcaption>
                <strong>{quote.expertName}</strong>, {quote.role}, {quote.institution}
                {quote.written && <span className="handout-written"> · {quote.written}</span>}
              </figcaption>
            </figure>
          ))}
          <div className="handout-notes">
            <h3>Speaker notes</h3>
            {sheet.notes ? paragraphs(sheet.notes).map((p, j) => <p key={j}>{p}</p>) : <p className="report-empty">No notes for this step.</p>}
          </div>
          <p className="handout-source">{sheet.sourceLine}</p>
        </section>
      ))}
    </article>
  );
}
