"use client";

import { useElapsedSeconds } from "../status/useElapsedSeconds";

/**
 * What a briefing shows while it is put together in the browser (read from this browser's storage, or
 * fetched as a shared deck when the set is large): the wait in words with a running count of seconds,
 * never an empty screen. Without script the briefing cannot be read from storage, and it says so.
 */
export function PreparingDeck() {
  const seconds = useElapsedSeconds(true);
  return (
    <main className="deck deck-message" aria-busy="true">
      <p role="status">Preparing the briefing…{seconds > 0 ? ` ${seconds} s` : ""}</p>
      <noscript>
        <p>This briefing is kept in this browser and needs JavaScript to open. Use its shared link, or the explorer, instead.</p>
      </noscript>
    </main>
  );
}
