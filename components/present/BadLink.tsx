import Link from "next/link";

/** A shared briefing link that cannot be read: say why, in words, and where to go instead. */
export function BadLink({ errors }: { errors: string[] }) {
  return (
    <main className="deck deck-message">
      <h1>This briefing link cannot be opened</h1>
      <ul className="deck-errors">
        {errors.map((error) => (
          <li key={error}>{error}</li>
        ))}
      </ul>
      <p>
        Ask for the link again, or for the story file. Meanwhile the <Link href="/">explorer</Link> is open.
      </p>
    </main>
  );
}
