"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { RecordKind } from "@/lib/data/records";
import { showValue, type FieldChange } from "@/lib/desk/diff";
import { formatUtcInstant } from "@/lib/time/format";
import type { RevisionInfo } from "@/lib/store/revisions";
import { DeskRequestError, useDeskApi } from "./desk-api";

/** A change, field by field: what it was, what it became. */
export function DiffTable({ changes, caption }: { changes: readonly FieldChange[]; caption?: string }) {
  if (changes.length === 0) return <p className="desk-hint">No field changed.</p>;
  return (
    <table className="desk-diff">
      {caption ? <caption>{caption}</caption> : null}
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">Before</th>
          <th scope="col">After</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.field}>
            <th scope="row">
              <code>{change.field}</code>
            </th>
            <td className="desk-diff-before">{showValue(change.before)}</td>
            <td className="desk-diff-after">{showValue(change.after)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** When a revision or publication was made, as every other instant in the app is written ("8 December 2026, 00:19 UTC"). */
export function formatWhen(iso: string): string {
  return formatUtcInstant(Date.parse(iso));
}

type Entry = RevisionInfo & { current: boolean; changes: FieldChange[] };

/** Every revision of one record, newest first, each with its diff and a restore. */
export function HistoryPanel({ kind, id, headRev, onRestored }: { kind: RecordKind; id: string; headRev: number; onRestored: () => void }) {
  const api = useDeskApi();
  const history = useQuery({ queryKey: ["desk-history", kind, id, headRev], queryFn: () => api.get<{ history: Entry[] }>(`/api/desk/records/${kind}/${encodeURIComponent(id)}/history`) });
  const [message, setMessage] = useState<string | null>(null);
  const restore = async (rev: number) => {
    setMessage(null);
    try {
      const { revision } = await api.send<{ revision: RevisionInfo }>("POST", `/api/desk/revisions/${rev}/restore`, { base: headRev, reason: "" });
      setMessage(`Revision ${rev} restored as a new draft (revision ${revision.rev}). Publish it to make it public.`);
      onRestored();
    } catch (error) {
      setMessage(error instanceof DeskRequestError ? error.message : "The restore failed.");
    }
  };
  return (
    <section className="desk-history" aria-labelledby="desk-history-title">
      <h3 id="desk-history-title">History</h3>
      {message ? (
        <p className="desk-status" role="status">
          {message}
        </p>
      ) : null}
      {history.isPending ? <p className="desk-hint">Loading…</p> : null}
      {history.isError ? <p className="desk-problem">{history.error.message}</p> : null}
      <ol className="desk-revisions">
        {history.data?.history.map((entry) => (
          <li key={entry.rev} className="desk-revision">
            <div className="desk-revision-head">
              <strong>Revision {entry.rev}</strong>
              <span>{entry.deleted ? "deleted" : entry.base === null ? "created" : "edited"} by {entry.author}</span>
              <time dateTime={entry.at}>{formatWhen(entry.at)}</time>
              {entry.current ? <span className="desk-badge desk-badge-live">public now</span> : entry.publication ? <span className="desk-badge">published (publication {entry.publication})</span> : <span className="desk-badge desk-badge-draft">draft</span>}
            </div>
            {entry.reason ? <p className="desk-reason">“{entry.reason}”</p> : null}
            <details>
              <summary>
                {entry.deleted ? "What was deleted" : entry.base === null ? "As created" : "What changed"} ({entry.changes.length} field{entry.changes.length === 1 ? "" : "s"})
              </summary>
              <DiffTable changes={entry.changes} />
            </details>
            {entry.rev !== headRev ? (
              <button type="button" className="desk-button desk-button-quiet" onClick={() => restore(entry.rev)}>
                Restore revision {entry.rev}
              </button>
            ) : (
              <span className="desk-hint">The latest revision</span>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
