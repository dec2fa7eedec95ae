import { compile } from "html-to-text";

const toText = compile({
  wordwrap: false as const,
  selectors: [
    // Link text stays, its address goes: no javascript: (or any other) URL survives into the data.
    { selector: "a", options: { ignoreHref: true } },
    { selector: "img", format: "skip" },
    { selector: "h1", options: { uppercase: false } },
    { selector: "h2", options: { uppercase: false } },
    { selector: "h3", options: { uppercase: false } },
  ],
});

/**
 * Imported HTML reduced to plain text with html-to-text: tags, scripts, styles, event handlers and link targets
 * are gone, entities decoded, paragraphs kept as blank lines. Plain text passes through unchanged.
 */
export function htmlToPlainText(html: string): string {
  if (!/[<&]/.test(html)) return html.trim();
  return toText(html).trim();
}

/** The same, on one line: for titles, names and captions. */
export function htmlToLine(html: string): string {
  return htmlToPlainText(html).replace(/\s+/g, " ").trim();
}

/** At most `max` characters, cut at a word with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Plain text for a format whose text is HTML (TimelineJS): markup characters escaped, line breaks as <br>. */
export function textToHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!).replace(/\r?\n/g, "<br>");
}
