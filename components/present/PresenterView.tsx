"use client";

import { useCallback, useMemo } from "react";
import type { Story } from "@/lib/schema";
import { slideContextOf, type DeckData } from "@/lib/story/deck-data";
import { ADHOC_STORY_ID } from "@/lib/story/adhoc";
import type { KeyCommand } from "@/lib/story/keys";
import { presentHref, type DeckRef } from "@/lib/story/links";
import { clampStep } from "@/lib/story/navigation";
import { resolveMarking } from "@/lib/story/marking";
import { toSlideDeck } from "@/lib/story/slides";
import { planFor } from "@/lib/story/timer";
import { DeckExports } from "./DeckExports";
import { PresenterClock } from "./PresenterClock";
import { EditCopyButton } from "./EditCopyButton";
import { ShareLink } from "./ShareLink";
import { SlideView } from "./SlideView";
import { useDeckKeys } from "./useDeckKeys";
import { useDeckStep } from "./useDeckStep";

/** The briefer's screen: this step and the next, the speaker notes large, the time. Drives the slide window too. */
export function PresenterView({ story, deckRef, data, initialStep }: { story: Story; deckRef: DeckRef; data: DeckData; initialStep: number }) {
  const deck = useMemo(() => toSlideDeck(story, slideContextOf(data)), [story, data]);
  const count = deck.slides.length;
  const [step, go] = useDeckStep(deckRef, clampStep(initialStep, count), count);
  const slide = deck.slides[step - 1]!;
  const next = deck.slides[step] ?? null;
  const onCommand = useCallback((command: KeyCommand) => {
    if (command.type !== "fullscreen" && command.type !== "exit") go(command);
  }, [go]);
  const { ready } = useDeckKeys(onCommand);
  const marking = resolveMarking(story.marking, data.marking);
  const plan = useMemo(() => planFor(deck.slides.map((s) => s.target ?? undefined), step), [deck.slides, step]);

  return (
    <main className={marking ? "presenter presenter-marked" : "presenter"} aria-label={`Presenter view: ${deck.title}`} data-keys-ready={ready || undefined}>
      {marking && <p className="presenter-marking presenter-marking-top">{marking}</p>}
      <header className="presenter-bar">
        <p className="presenter-story">{deck.title}</p>
        <p className="presenter-counter" aria-live="polite">
          Step {step} / {count}
        </p>
        <PresenterClock plan={plan} />
      </header>
      <section className="presenter-now" aria-labelledby="presenter-now-heading">
        <h2 id="presenter-now-heading">Now</h2>
        <div className="preview">
          <SlideView slide={slide} data={data} kicker={deck.title} marking={marking} animate={false} />
        </div>
      </section>
      <section className="presenter-next" aria-labelledby="presenter-next-heading">
        <h2 id="presenter-next-heading">Next</h2>
        {next ? (
          <div className="preview">
            <SlideView slide={next} data={data} kicker={deck.title} marking={marking} animate={false} />
          </div>
        ) : (
          <p className="presenter-end">End of the briefing</p>
        )}
      </section>
      <section className="presenter-notes" aria-labelledby="presenter-notes-heading" tabIndex={0}>
        <h2 id="presenter-notes-heading">Speaker notes — {slide.title}</h2>
        <div className="notes">
          {slide.notes ? slide.notes.split(/\n{2,}/).map((para, i) => <p key={i}>{para}</p>) : <p className="notes-empty">No notes for this step.</p>}
        </div>
        {slide.quotes.length > 0 && (
          <ul className="notes-quotes" aria-label="Quoted on this step">
            {slide.quotes.map((q) => (
              <li key={q.id}>
                “{q.quote}” — <strong>{q.expertName}</strong>, {q.institution}
              </li>
            ))}
          </ul>
        )}
      </section>
      <nav className="presenter-nav" aria-label="Briefing controls">
        <button type="button" onClick={() => go({ type: "prev" })} disabled={step === 1}>
          ← Previous
        </button>
        <button type="button" onClick={() => go({ type: "next" })} disabled={step === count}>
          Next →
        </button>
        <a href={presentHref(deckRef, step)} target="_blank" rel="noopener">
          Slides
        </a>
      </nav>
      <section className="presenter-exports" aria-label="Save and share">
        <DeckExports deckRef={deckRef} story={story} step={step} kinds={["pptx", "handout", "handout-pdf", "slide-png", "slide-svg"]} className="presenter-export-links" />
        <ShareLink deckRef={deckRef} story={story} />
        {!("story" in deckRef && deckRef.story === ADHOC_STORY_ID) && <EditCopyButton story={story} />}
      </section>
      {marking && (
        <p className="presenter-marking presenter-marking-bottom" aria-hidden="true">
          {marking}
        </p>
      )}
    </main>
  );
}
