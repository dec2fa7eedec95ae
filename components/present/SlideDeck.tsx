"use client";

import { useRouter } from "next/navigation";
import { useCallback, useMemo } from "react";
import type { Story } from "@/lib/schema";
import { slideContextOf, viewContextOf, type DeckData } from "@/lib/story/deck-data";
import type { KeyCommand } from "@/lib/story/keys";
import { explorerHref, presenterHref, type DeckRef } from "@/lib/story/links";
import { clampStep } from "@/lib/story/navigation";
import { resolveMarking } from "@/lib/story/marking";
import { toSlideDeck } from "@/lib/story/slides";
import { slideFrame } from "@/lib/slide/frame";
import { DeckExports } from "./DeckExports";
import { boxStyle } from "./slide-boxes";
import { SlideView } from "./SlideView";
import { useDeckKeys } from "./useDeckKeys";
import { useDeckStep } from "./useDeckStep";

function toggleFullscreen() {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

/** The projected deck: one slide at a time in a 16:9 safe area, driven by a clicker or the keyboard. */
export function SlideDeck({ story, deckRef, data, initialStep }: { story: Story; deckRef: DeckRef; data: DeckData; initialStep: number }) {
  const router = useRouter();
  const deck = useMemo(() => toSlideDeck(story, slideContextOf(data)), [story, data]);
  const count = deck.slides.length;
  const [step, go] = useDeckStep(deckRef, clampStep(initialStep, count), count);
  const slide = deck.slides[step - 1]!;
  const exitHref = explorerHref(slide, viewContextOf(data));
  const marking = resolveMarking(story.marking, data.marking);
  const frame = useMemo(() => slideFrame(marking), [marking]);

  const onCommand = useCallback(
    (command: KeyCommand) => {
      if (command.type === "fullscreen") toggleFullscreen();
      else if (command.type === "exit") router.push(exitHref);
      else go(command);
    },
    [go, router, exitHref],
  );
  const { typed, ready } = useDeckKeys(onCommand);

  return (
    <main className="deck" aria-label={`Briefing: ${deck.title}`} data-keys-ready={ready || undefined}>
      <div className="deck-stage">
        <SlideView slide={slide} data={data} kicker={deck.title} marking={marking} animate />
        <footer className="deck-footer" style={boxStyle(frame.footer)}>
          <nav className="deck-controls" aria-label="Briefing controls">
            <button type="button" onClick={() => go({ type: "prev" })} disabled={step === 1} aria-label="Previous step">
              ←
            </button>
            <button type="button" onClick={() => go({ type: "next" })} disabled={step === count} aria-label="Next step">
              →
            </button>
            <button type="button" onClick={toggleFullscreen}>
              Full screen <kbd>F</kbd>
            </button>
            <a href={presenterHref(deckRef, step)} target="_blank" rel="noopener">
              Presenter view
            </a>
            <details className="deck-save">
              <summary>Save</summary>
              <DeckExports deckRef={deckRef} story={story} step={step} kinds={["slide-png", "slide-svg", "pptx", "handout", "handout-pdf"]} className="deck-save-menu" />
            </details>
            <a href={exitHref}>
              Explorer <kbd>Esc</kbd>
            </a>
          </nav>
          <p className={typed ? "deck-counter deck-typed" : "deck-counter"} aria-live="polite">
            {typed ? `Go to ${typed} ↵` : `${step} / ${count}`}
          </p>
        </footer>
        <div className="deck-progress" role="progressbar" aria-label="Progress through the briefing" aria-valuemin={1} aria-valuemax={count} aria-valuenow={step}>
          <span style={{ width: `${(step / count) * 100}%` }} />
        </div>
      </div>
    </main>
  );
}
