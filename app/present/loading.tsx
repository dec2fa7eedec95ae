/** Shown at once while a deck is read and priced on the server (a shared link can take seconds): the wait is said, not silent. */
export default function Loading() {
  return (
    <main className="deck-loading" role="status" aria-busy="true" aria-live="polite">
      <p>Preparing the briefing…</p>
    </main>
  );
}
