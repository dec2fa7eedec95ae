import type { Metadata } from "next";
import { DataErrorPage } from "@/components/data/DataErrorPage";
import { AdhocDeck } from "@/components/present/AdhocDeck";
import { SlideDeck } from "@/components/present/SlideDeck";
import { loadDeck, type SearchParams } from "./load-deck";
import { NoStory } from "@/components/present/NoStory";
import { BadLink } from "@/components/present/BadLink";
import { DeckTooLarge } from "@/components/present/DeckTooLarge";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Briefing" };

export default async function PresentPage({ searchParams }: { searchParams: SearchParams }) {
  const deck = await loadDeck(searchParams);
  if (deck.kind === "error") return <DataErrorPage problems={deck.problems} />;
  if (deck.kind === "none") return <NoStory />;
  if (deck.kind === "bad-link") return <BadLink errors={deck.errors} />;
  if (deck.kind === "too-large") return <DeckTooLarge count={deck.count} limit={deck.limit} adhoc={deck.adhoc} />;
  if (deck.kind === "adhoc") return <AdhocDeck data={deck.data} initialStep={deck.step} mode="slides" />;
  return <SlideDeck story={deck.story} deckRef={deck.deckRef} data={deck.data} initialStep={deck.step} />;
}
