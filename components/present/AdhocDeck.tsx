"use client";

import Link from "next/link";
import { useMemo, useSyncExternalStore } from "react";
import { ADHOC_STORAGE_KEY, ADHOC_STORY_ID, decodeAdhocStory } from "@/lib/story/adhoc";
import type { DeckData } from "@/lib/story/deck-data";
import { PresenterView } from "./PresenterView";
import { SlideDeck } from "./SlideDeck";

const ADHOC_REF = { story: ADHOC_STORY_ID };

function subscribe(onChange: () => void) {
  window.addEventListener("storage", onChange);
  return () => window.removeEventListener("storage", onChange);
}

/** The briefing built in the explorer, read from this browser's local storage (so it survives a reload). */
export function AdhocDeck({ data, initialStep, mode }: { data: DeckData; initialStep: number; mode: "slides" | "presenter" }) {
  const stored = useSyncExternalStore(subscribe, () => window.localStorage.getItem(ADHOC_STORAGE_KEY), () => undefined);
  const story = useMemo(() => (stored === undefined ? null : decodeAdhocStory(stored)), [stored]);
  if (!story) return <main className="deck deck-message" aria-busy="true" />;
  if (story.steps.length === 0)
    return (
      <main className="deck deck-message">
        <h1>No briefing to present yet</h1>
        <p>
          Add events or windows to a briefing in the <Link href="/">explorer</Link>, then press Present.
        </p>
      </main>
    );
  return mode === "slides" ? <SlideDeck story={story} deckRef={ADHOC_REF} data={data} initialStep={initialStep} /> : <PresenterView story={story} deckRef={ADHOC_REF} data={data} initialStep={initialStep} />;
}
