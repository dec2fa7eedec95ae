import type { ExplorerCommentary } from "@/lib/view/explorer-data";
import { formatPartialDate } from "@/lib/time/format";

interface SnapshotSwitcherProps {
  commentary: ExplorerCommentary;
  /** The explorer's URL showing a snapshot (the latest when its id is the latest's). */
  hrefFor: (id: string) => string;
}

/**
 * Which commentary snapshot the explorer shows (the latest by default), and links to the others: a
 * plain link, so a reader can share or bookmark a snapshot and the whole page follows it.
 */
export function SnapshotSwitcher({ commentary, hrefFor }: SnapshotSwitcherProps) {
  if (commentary.snapshots.length < 2) return null;
  const shown = commentary.snapshots.find((snapshot) => snapshot.id === commentary.shown)!;
  return (
    <details className="snapshot-switcher">
      <summary>
        Commentary: <strong>{shown.title}</strong>, as of {formatPartialDate(shown.asOf, "day")}
        {shown.id === commentary.latest ? " (latest)" : " (earlier snapshot)"}
      </summary>
      <nav aria-label="Commentary snapshots">
        <ul>
          {commentary.snapshots.map((snapshot) => (
            <li key={snapshot.id}>
              <a href={hrefFor(snapshot.id)} aria-current={snapshot.id === shown.id ? "true" : undefined}>
                {snapshot.title}
              </a>{" "}
              <span className="snapshot-meta">
                {snapshot.label}
                {snapshot.id === commentary.latest ? " · latest" : ""}
                {snapshot.source ? ` · ${snapshot.source.publisher}` : ""}
              </span>
            </li>
          ))}
        </ul>
      </nav>
    </details>
  );
}
