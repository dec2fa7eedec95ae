import type { Source } from "@/lib/schema";
import { SOURCE_TYPE_LABELS } from "@/lib/schema/labels";

/** An event's sources, numbered in order, each opening in a new tab, with its publisher and kind. */
export function SourceList({ sources, className }: { sources: readonly Source[]; className: string }) {
  return (
    <ol className={className}>
      {sources.map((source) => (
        <li key={source.url}>
          <a href={source.url} target="_blank" rel="noopener noreferrer">
            {source.title}
          </a>{" "}
          <span className="muted">— {source.publisher}</span>
          {source.type && <span className="source-type"> ({SOURCE_TYPE_LABELS[source.type]})</span>}
        </li>
      ))}
    </ol>
  );
}
