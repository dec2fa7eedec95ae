"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useSyncExternalStore } from "react";
import { ADHOC_STORAGE_KEY, ADHOC_STORY_ID, decodeAdhocStory } from "@/lib/story/adhoc";
import type { DeckData } from "@/lib/story/deck-data";
import { presentHref, presenterHref } from "@/lib/story/links";
import { encodeShare } from "@/lib/story/share";
import { PreparingDeck } from "./PreparingDeck";
import { PresenterView } from "./PresenterView";
import { SlideDeck } from "./SlideDeck";

const ADHOC_REF = { story: ADHOC_STORY_ID };

function subscribe(onChange: () => void) {
  window.addEventListener("storage", onChange);
  return () => window.removeEventListener("storage", onChange);
}

/**
 * The briefing built in the explorer, read from this browser's local storage (so it survives a reload,
 * and follows edits made in the tray). On a large data set the page does not carry the whole set: the
 * briefing opens as a shared deck instead, for which the server sends only the events its steps show.
 */
export function AdhocDeck({ data, initialStep, mode }: { data: DeckData | null; initialStep: number; mode: "slides" | "presenter" }) {
  const stored = useSyncExternalStore(subscribe, () => window.localStorage.getItem(ADHOC_STORAGE_KEY), () => undefined);
  const story = useMemo(() => (stored === undefined ? null : decodeAdhocStory(stored)), [stored]);
  const shared = useMemo(() => (data === null && story && story.steps.length > 0 ? encodeShare(story) : null), [data, story]);
  const router = useRouter();
  useEffect(() => {
    if (!shared?.ok) return;
    const ref = { deck: shared.encoded };
    router.replace(mode === "slides" ? presentHref(ref, initialStep) : presenterHref(ref, initialStep));
  }, [shared, mode, initialStep, router]);
  // Until storage is read (the server cannot), and while a large set's briefing loads as a shared deck.
  if (!story || shared?.ok) return <PreparingDeck />;
  if (shared && !shared.ok)
    return (
      <main className="deck deck-message">
        <h1>This briefing is too long to open here</h1>
        <p>{shared.message}</p>
      </main>
    );
  if (story.steps.length === 0)
    return (
      <main className="deck deck-message">
        <h1>No briefing to present yet</h1>
        <p>
          Add events or windows to a briefing in the <Link href="/">explorer</Link>, then press Present.
        </p>
      </main>
    );
  if (!data) return null;
  return mode === "slides" ? <SlideDeck story={story} deckRef={ADHOC_REF} data={data} initialStep={initialStep} /> : <PresenterView story={story} deckRef={ADHOC_REF} data={data} initialStep={initialStep} />;
}
