"use client";

import { useId, useRef, useState } from "react";
import { EMBED_CHROME_PX, iframeSnippet } from "@/lib/view/embed";

export interface EmbedSnippetProps {
  /** The view as URL parameters (serializeViewState). */
  params: URLSearchParams | string;
  /** The set's title: the iframe's accessible name. */
  title: string;
}

const FALLBACK_FIGURE_PX = 380;

/** The height of the figure as the explorer draws it now (its SVG's own units are screen pixels). */
function figureHeight(): number {
  const svg = document.querySelector<SVGSVGElement>("#timeline svg.figure");
  const height = svg?.viewBox.baseVal?.height;
  return height && height > 0 ? height : FALLBACK_FIGURE_PX;
}

/**
 * "Embed on a web page": a disclosure with the <iframe> for this view in a read-only text area and a Copy
 * button. The snippet is written when it opens, in the browser, from this page's origin and the figure's height.
 */
export function EmbedSnippet({ params, title }: EmbedSnippetProps) {
  const id = useId();
  const [snippet, setSnippet] = useState<string | null>(null);
  const [copied, setCopied] = useState<"yes" | "select" | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);

  const toggle = () => {
    setCopied(null);
    setSnippet((open) => (open ? null : iframeSnippet({ origin: window.location.origin, params, title: `${title}: timeline`, height: Math.ceil(figureHeight()) + EMBED_CHROME_PX })));
  };
  const copy = async () => {
    area.current?.select();
    try {
      await navigator.clipboard.writeText(snippet ?? "");
      setCopied("yes");
    } catch {
      // No clipboard permission (an insecure origin, a denied prompt): the text is selected for Ctrl+C.
      setCopied("select");
    }
  };

  return (
    <div className="export-menu-embed">
      <button type="button" className="export-menu-embed-toggle" aria-expanded={snippet !== null} aria-controls={`${id}-panel`} onClick={toggle} data-embed-toggle>
        Embed on a web page <span className="export-menu-hint">an iframe of this view</span>
      </button>
      {snippet !== null && (
        <div id={`${id}-panel`} className="export-menu-embed-panel">
          <label htmlFor={`${id}-code`}>Paste this into the page:</label>
          <textarea id={`${id}-code`} ref={area} readOnly rows={4} value={snippet} onFocus={(event) => event.currentTarget.select()} spellCheck={false} data-embed-code />
          <div className="export-menu-embed-actions">
            <button type="button" onClick={copy}>
              Copy
            </button>
            <span role="status" className="export-menu-hint">
              {copied === "yes" ? "Copied." : copied === "select" ? "Selected: press Ctrl+C (⌘C) to copy." : ""}
            </span>
          </div>
          <p className="export-menu-hint">It shows only on sites this server lets frame it (its EMBED_ORIGINS setting).</p>
        </div>
      )}
    </div>
  );
}
