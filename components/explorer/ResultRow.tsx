import type { ReactNode } from "react";
import type { Snippet } from "@/lib/search/snippet";

interface ResultRowProps {
  /** `data-event-id` or `data-annotation-id`: how the figure and the tests find the row. */
  data: Record<`data-${string}`, string>;
  title: string;
  /** Where in the record the words matched, and the text around them. */
  snippet: Snippet;
  /** The field's name when the match is not in the title; null when it is. */
  matchedIn: string | null;
  /** What the row is about before "· in <field>": date and lane, or author and when written. */
  meta: ReactNode;
  selected: boolean;
  onActivate: () => void;
  /** Called with true while the row is pointed at or focused, false when it is left. */
  onHover?: (on: boolean) => void;
}

/** One search hit: its title (the match marked there when the title matched), a meta line, and the words around the match unless the title shows them all. */
export function ResultRow({ data, title, snippet, matchedIn, meta, selected, onActivate, onHover }: ResultRowProps) {
  const whole = matchedIn === null && marksWhole(title, snippet);
  const hover = onHover && {
    onMouseEnter: () => onHover(true),
    onMouseLeave: () => onHover(false),
    onFocus: () => onHover(true),
    onBlur: () => onHover(false),
  };
  return (
    <li {...data} className={selected ? "is-selected" : undefined}>
      <button type="button" className="result-button" onClick={onActivate} aria-current={selected ? "true" : undefined} {...hover}>
        <span className="result-title">{whole ? <Marked snippet={snippet} /> : title}</span>
        <span className="result-meta">
          {meta}
          {matchedIn !== null && <> · in {matchedIn}</>}
        </span>
        {!whole && (
          <span className="result-snippet">
            <Marked snippet={snippet} />
          </span>
        )}
      </button>
    </li>
  );
}

function Marked({ snippet }: { snippet: Snippet }) {
  return (
    <>
      {snippet.before}
      <mark>{snippet.match}</mark>
      {snippet.after}
    </>
  );
}

/** Whether a snippet is the whole title: then the title carries the mark, and no line repeats it beneath. */
function marksWhole(title: string, snippet: Snippet): boolean {
  return `${snippet.before}${snippet.match}${snippet.after}` === title;
}
