import Link from "next/link";

/** A shared briefing link that cannot be read, or holds more than a briefing may (413): say why, in words, and where to go instead. */
export function BadLink({ errors, tooLarge = false }: { errors: string[]; tooLarge?: boolean }) {
  return (
    <main className="deck deck-message" role={tooLarge ? "alert" : undefined}>
      <h1>{tooLarge ? "This briefing is larger than a briefing may be" : "This briefing link cannot be opened"}</h1>
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
