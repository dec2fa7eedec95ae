"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { DataProblem } from "@/lib/data/problem";
import type { RecordKind } from "@/lib/data/records";
import type { Draft } from "@/lib/store/revisions";
import { DeskRequestError, useDeskApi } from "./desk-api";
import { DiffTable, formatWhen } from "./HistoryPanel";
import { KIND_NAMES } from "./RecordEditor";

/**
 * Every unpublished change, field by field, and one button that publishes them all once the whole
 * record passes. With review on (DESK_REVIEW=1) the button approves and publishes the changes of
 * other editors only; the signed-in editor's own wait for someone else.
 */
export function ChangesPage({ me, onOpen, onChanged }: { me: string; onOpen: (kind: RecordKind, id: string) => void; onChanged: () => void }) {
  const api = useDeskApi();
  const changes = useQuery({ queryKey: ["desk-changes"], queryFn: () => api.get<{ drafts: Draft[]; review: boolean }>("/api/desk/changes") });
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ text: string; problems?: DataProblem[]; tone: "ok" | "error" } | null>(null);
  const drafts = changes.data?.drafts ?? [];
  const review = changes.data?.review ?? false;
  const isMine = (draft: Draft) => review && draft.authors.includes(me);
  const mine = drafts.filter(isMine);
  const approvable = drafts.filter((draft) => !isMine(draft));
  const publishAll = async () => {
    setBusy(true);
    setResult(null);
    try {
      const records = review ? approvable.map(({ kind, id }) => ({ kind, id })) : undefined;
      const published = await api.send<{ publication: number; published: unknown[]; served: string | null }>("POST", "/api/desk/publish", { note, records });
      setResult({ text: `Published ${published.published.length} change${published.published.length === 1 ? "" : "s"} as publication ${published.publication}. The site now serves ${published.served ?? "it"}.`, tone: "ok" });
      setNote("");
      onChanged();
      await changes.refetch();
    } catch (error) {
      if (!(error instanceof DeskRequestError)) throw error;
      setResult({ text: error.message, problems: error.body.problems as DataProblem[] | undefined, tone: "error" });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="desk-page" aria-labelledby="desk-changes-title">
      <h2 id="desk-changes-title">Unpublished changes</h2>
      <p className="desk-hint">
        Drafts are not public. Publishing checks the whole record as it would then stand, by the rules of <code>data:check</code>, and publishes nothing if anything fails.
        {review ? " Review is on: another editor must publish your own changes, and you approve theirs by publishing them." : ""}
      </p>
      {result ? (
        <div className={result.tone === "error" ? "desk-summary" : "desk-status"} role={result.tone === "error" ? "alert" : "status"}>
          <p>{result.text}</p>
          {result.problems?.length ? (
            <ul>
              {result.problems.map((p) => (
                <li key={`${p.file}:${p.record}:${p.field}:${p.message}`}>
                  {p.file}: {p.record}: <code>{p.field}</code>: {p.message}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {changes.isPending ? <p className="desk-hint">Loading…</p> : null}
      {changes.data && drafts.length === 0 ? <p>Nothing to publish: readers see the record as it stands.</p> : null}
      {drafts.length > 0 ? (
        <>
          <ol className="desk-drafts">
            {drafts.map((draft) => (
              <li key={`${draft.kind}:${draft.id}`} className="desk-draft">
                <div className="desk-revision-head">
                  <button type="button" className="desk-link" onClick={() => onOpen(draft.kind, draft.id)}>
                    {KIND_NAMES[draft.kind]} <code>{draft.id}</code>
                    {draft.title ? ` — ${draft.title}` : ""}
                  </button>
                  <span>
                    {draft.head.deleted ? "deleted" : draft.publishedRev === null ? "new" : "changed"} by {draft.authors.join(", ")}
                  </span>
                  <time dateTime={draft.head.at}>{formatWhen(draft.head.at)}</time>
                  {review ? (
                    isMine(draft) ? (
                      <span className="desk-badge desk-badge-draft">yours: awaiting another editor</span>
                    ) : (
                      <span className="desk-badge">for you to review</span>
                    )
                  ) : null}
                </div>
                {draft.head.reason ? <p className="desk-reason">“{draft.head.reason}”</p> : null}
                <details>
                  <summary>
                    {draft.changes.length} field{draft.changes.length === 1 ? " differs" : "s differ"} from what readers see
                  </summary>
                  <DiffTable changes={draft.changes} />
                </details>
              </li>
            ))}
          </ol>
          <div className="desk-actions">
            <label htmlFor="desk-publish-note">Note on this publication (optional)</label>
            <input id="desk-publish-note" type="text" maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
            <div className="desk-actions-row">
              {!review ? (
                <button type="button" className="desk-button desk-button-primary" disabled={busy} onClick={publishAll}>
                  Publish all {drafts.length} change{drafts.length === 1 ? "" : "s"}
                </button>
              ) : approvable.length > 0 ? (
                <button type="button" className="desk-button desk-button-primary" disabled={busy} onClick={publishAll}>
                  Approve and publish {approvable.length} change{approvable.length === 1 ? "" : "s"} by other editors
                </button>
              ) : null}
            </div>
            {review && mine.length > 0 ? (
              <p className="desk-hint">
                {mine.length === drafts.length ? "Every change here is yours" : `${mine.length} of these ${mine.length === 1 ? "is" : "are"} yours`}: another editor reviews and publishes
                {mine.length === 1 ? " it" : " them"}.
              </p>
            ) : null}
          </div>
        </>
      ) : null}
    </section>
  );
}
