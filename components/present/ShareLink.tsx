"use client";

import { useState } from "react";
import type { Story } from "@/lib/schema";
import { presentHref, type DeckRef } from "@/lib/story/links";
import { useExportRef } from "./DeckExports";

/** The link that opens this deck on another machine (no server state: a briefing travels inside it), with a Copy button. */
export function ShareLink({ deckRef, story, className }: { deckRef: DeckRef; story: Story; className?: string }) {
  const { ref, message } = useExportRef(deckRef, story);
  const [status, setStatus] = useState("");
  if (!ref)
    return (
      <p className={className} role="status" data-share-too-long>
        {message}
      </p>
    );
  const href = presentHref(ref, 1);
  async function copy() {
    const url = new URL(href, window.location.href).href;
    try {
      await navigator.clipboard.writeText(url);
      setStatus("Link copied.");
    } catch {
      setStatus("Copying was not allowed here: use the link's context menu to copy it.");
    }
  }
  return (
    <span className={className} data-share>
      <a href={href} data-share-link>
        Share link
      </a>{" "}
      <button type="button" onClick={copy}>
        Copy link
      </button>
      <span className="visually-hidden" aria-live="polite">
        {status}
      </span>
    </span>
  );
}
