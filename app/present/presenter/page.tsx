import type { Metadata } from "next";
import { DataErrorPage } from "@/components/data/DataErrorPage";
import { AdhocDeck } from "@/components/present/AdhocDeck";
import { PresenterView } from "@/components/present/PresenterView";
import { loadDeck, type SearchParams } from "../load-deck";
import { NoStory } from "@/components/present/NoStory";
import { BadLink } from "@/components/present/BadLink";
import { DeckTooLarge } from "@/components/present/DeckTooLarge";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Presenter view" };

export default async function PresenterPage({ searchParams }: { searchParams: SearchParams }) {
  const deck = await loadDeck(searchParams);
  if (deck.kind === "error") return <DataErrorPage problems={deck.problems} />;
  if (deck.kind === "none") return <NoStory />;
  if (deck.kind === "bad-link") return <BadLink errors={deck.errors} tooLarge={deck.status === 413} />;
  if (deck.kind === "too-large") return <DeckTooLarge count={deck.count} limit={deck.limit} adhoc={deck.adhoc} />;
  if (deck.kind === "adhoc") return <AdhocDeck data={deck.data} initialStep={deck.step} mode="presenter" />;
  return <PresenterView story={deck.story} deckRef={deck.deckRef} data={deck.data} initialStep={deck.step} />;
}
