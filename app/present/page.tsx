import type { Metadata } from "next";
import { DataErrorPage } from "@/components/data/DataErrorPage";
import { AdhocDeck } from "@/components/present/AdhocDeck";
import { SlideDeck } from "@/components/present/SlideDeck";
import { loadDeck, type SearchParams } from "./load-deck";
import { NoStory } from "@/components/present/NoStory";
import { BadLink } from "@/components/present/BadLink";
import { DeckTooLarge } from "@/components/present/DeckTooLarge";
import { clip } from "@/lib/interop/text";
import { getDatasetState } from "@/lib/server/dataset";
import { presentHref } from "@/lib/story/links";
import { parseStepParam } from "@/lib/story/navigation";
import { resolveDeck } from "@/lib/story/resolve";
import { createShareCard } from "@/lib/view/share-card";
import { datasetViewContext } from "@/lib/view/view-context";
import { parseViewState } from "@/lib/view/view-state";
import { shareMetadata } from "../share-metadata";

export const dynamic = "force-dynamic";

/** A story's step as a shared link shows it: the story and step titles, the step's summary, its window as the image. */
export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const state = await getDatasetState();
  const params = await searchParams;
  const source = state.ok ? resolveDeck(params, state.data.stories) : null;
  if (!state.ok || source?.kind !== "story") return { title: "Briefing" };
  const { story, ref } = source;
  const number = parseStepParam(params.step, story.steps.length);
  const step = story.steps[number - 1]!;
  const ctx = datasetViewContext(state.data);
  const view = parseViewState({ from: step.from, to: step.to, ...(step.lanes ? { lanes: step.lanes.join(",") } : {}) }, ctx);
  const card = createShareCard(state.data, view, ctx);
  return shareMetadata({ ...card, title: `${story.title}: ${step.title}`, description: clip(step.summary, 240), path: presentHref(ref, number) });
}

export default async function PresentPage({ searchParams }: { searchParams: SearchParams }) {
  const deck = await loadDeck(searchParams);
  if (deck.kind === "error") return <DataErrorPage problems={deck.problems} />;
  if (deck.kind === "none") return <NoStory />;
  if (deck.kind === "bad-link") return <BadLink errors={deck.errors} tooLarge={deck.status === 413} />;
  if (deck.kind === "too-large") return <DeckTooLarge count={deck.count} limit={deck.limit} adhoc={deck.adhoc} />;
  if (deck.kind === "adhoc") return <AdhocDeck data={deck.data} initialStep={deck.step} mode="slides" />;
  return <SlideDeck story={deck.story} deckRef={deck.deckRef} data={deck.data} initialStep={deck.step} />;
}
