import Link from "next/link";

export function NoStory() {
  return (
    <main className="deck deck-message">
      <h1>This data set has no stories</h1>
      <p>
        Build a briefing in the <Link href="/">explorer</Link> and press Present.
      </p>
    </main>
  );
}
