import Link from "next/link";
import { formatCount } from "@/lib/scene/text";

/** The answer (413) to a briefing that would have to ship more events than a deck may hold. */
export function DeckTooLarge({ count, limit, adhoc }: { count: number; limit: number; adhoc: boolean }) {
  return (
    <main className="deck deck-message" role="alert">
      <h1>This briefing is too large to present</h1>
      <p>
        {adhoc
          ? `An ad-hoc briefing carries the whole data set to the slides, and this one holds ${formatCount(count)} events; briefings hold at most ${formatCount(limit)}.`
          : `This story's windows hold ${formatCount(count)} events; a briefing holds at most ${formatCount(limit)}. Narrow its steps' windows or lanes.`}{" "}
        Browse the events in the <Link href="/">explorer</Link> instead.
      </p>
    </main>
  );
}
