import type { Source } from "@/lib/schema";

/** An event's sources, numbered in order, each opening in a new tab. */
export function SourceList({ sources, className }: { sources: readonly Source[]; className: string }) {
  return (
    <ol className={className}>
      {sources.map((source) => (
        <li key={source.url}>
          <a href={source.url} target="_blank" rel="noopener noreferrer">
            {source.title}
          </a>{" "}
          <span className="muted">— {source.publisher}</span>
        </li>
      ))}
    </ol>
  );
}
