/** A piece of text around a match, split so the match can be marked up without HTML. */
export interface Snippet {
  before: string;
  match: string;
  after: string;
}

const CONTEXT = 60;

function trimStart(text: string): string {
  const cut = text.indexOf(" ");
  return cut > 0 && cut < 20 ? `…${text.slice(cut + 1)}` : `…${text}`;
}

function trimEnd(text: string): string {
  const cut = text.lastIndexOf(" ");
  return cut > text.length - 20 ? `${text.slice(0, cut)}…` : `${text}…`;
}

/** Cuts `context` characters either side of [index, index + length), at word boundaries where it can. */
export function createSnippet(text: string, index: number, length: number, context = CONTEXT): Snippet {
  const from = Math.max(0, index - context);
  const to = Math.min(text.length, index + length + context);
  const before = text.slice(from, index);
  const after = text.slice(index + length, to);
  return {
    before: from > 0 ? trimStart(before) : before,
    match: text.slice(index, index + length),
    after: to < text.length ? trimEnd(after) : after,
  };
}
