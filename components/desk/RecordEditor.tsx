"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo, useRef, useState } from "react";
import type { DataProblem } from "@/lib/data/problem";
import { checkQuality } from "@/lib/data/quality";
import type { RecordKind } from "@/lib/data/records";
import { validateRecord, type Ids, type RecordRefs } from "@/lib/data/validate";
import type { FieldChange } from "@/lib/desk/diff";
import { fieldId, type Json } from "@/lib/desk/edit";
import { blankRecord, FORMS, type DeskRefs } from "@/lib/desk/forms";
import { annotationSchema, eventSchema } from "@/lib/schema";
import type { RecordState, RevisionInfo } from "@/lib/store/revisions";
import { DeskRequestError, useDeskApi } from "./desk-api";
import { EventPreview } from "./EventPreview";
import { FieldList, type FormContext } from "./FormFields";
import { DiffTable, formatWhen, HistoryPanel } from "./HistoryPanel";

export const KIND_NAMES: Record<RecordKind, string> = { manifest: "the set", lane: "lane", expert: "expert", snapshot: "snapshot", event: "event", annotation: "note", story: "story" };

const ANY: Ids = { has: () => true };

interface Stale {
  message: string;
  current: RevisionInfo & { body: Json | null };
  theirs: FieldChange[];
  yours: FieldChange[];
}

interface RecordEditorProps {
  kind: RecordKind;
  /** null: a new record. */
  id: string | null;
  refs: DeskRefs;
  /** With review on (DESK_REVIEW=1): the signed-in editor, who may not publish their own change. */
  reviewer?: string | null;
  /** What a new record starts as (default: a blank one). */
  initial?: Json;
  /** The record was saved, published, deleted or restored: lists and counts should refresh. */
  onChanged: () => void;
  /** A new record was saved under this id: the editor now edits it. */
  onCreated: (id: string) => void;
  onClose: () => void;
  /** Records published together with this one (a snapshot's notes). */
  publishAlso?: () => Promise<{ kind: RecordKind; id: string }[]>;
  /** Tell the page whether there are unsaved changes (to ask before leaving them). */
  onDirty?: (dirty: boolean) => void;
}

function byField(problems: readonly DataProblem[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const problem of problems) map.set(problem.field, [...(map.get(problem.field) ?? []), problem.message]);
  return map;
}

function visiblePaths(map: Map<string, string[]>, show: (path: string) => boolean): Map<string, string[]> {
  return new Map([...map].filter(([path]) => show(path)));
}

/** One record's form: checked as it is typed by data:check's rules, saved as a draft revision, published, deleted, its history and restores. */
export function RecordEditor({ kind, id, refs, reviewer = null, initial, onChanged, onCreated, onClose, publishAlso, onDirty }: RecordEditorProps) {
  const api = useDeskApi();
  const client = useQueryClient();
  const isNew = id === null;
  const loaded = useQuery({ queryKey: ["desk-record", kind, id], queryFn: () => api.get<RecordState>(`/api/desk/records/${kind}/${encodeURIComponent(id!)}`), enabled: !isNew });
  const [body, setBody] = useState<Json>(() => initial ?? blankRecord(kind, refs));
  const [base, setBase] = useState<number | null>(null);
  const [savedBody, setSavedBody] = useState<string>(() => JSON.stringify(initial ?? blankRecord(kind, refs)));
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverProblems, setServerProblems] = useState<{ body: string; problems: DataProblem[] } | null>(null);
  const [serverWarnings, setServerWarnings] = useState<DataProblem[]>([]);
  const [reason, setReason] = useState("");
  const [status, setStatus] = useState<{ text: string; tone: "ok" | "error" } | null>(null);
  const [stale, setStale] = useState<Stale | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [showHistory, setShowHistory] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  // A record that loads (or reloads after a save elsewhere) replaces the form, unless it holds unsaved changes.
  const head = loaded.data?.head;
  const [appliedRev, setAppliedRev] = useState<number | null>(null);
  if (head && head.rev !== appliedRev) {
    setAppliedRev(head.rev);
    setBase(head.rev);
    if (head.body !== null) {
      setBody(head.body);
      setSavedBody(JSON.stringify(head.body));
    }
  }

  const dirty = JSON.stringify(body) !== savedBody;
  useEffect(() => {
    onDirty?.(dirty);
  }, [dirty, onDirty]);
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const localRefs: RecordRefs = useMemo(
    () => ({
      laneIds: new Set(refs.lanes.map((lane) => lane.id)),
      expertIds: new Set(refs.experts.map((expert) => expert.id)),
      snapshotIds: refs.snapshots.length > 0 ? new Set(refs.snapshots.map((snapshot) => snapshot.id)) : null,
      // Events and notes are checked against the record on the server, when saving.
      eventIds: ANY,
      annotationIds: ANY,
    }),
    [refs],
  );
  const bodyText = JSON.stringify(body);
  const problems = useMemo(() => {
    const local = validateRecord(kind, body, localRefs);
    const fromServer = serverProblems && serverProblems.body === bodyText ? serverProblems.problems : [];
    return [...local, ...fromServer.filter((p) => !local.some((l) => l.field === p.field && l.message === p.message))];
  }, [kind, body, bodyText, localRefs, serverProblems]);
  const warnings = useMemo(() => {
    if (problems.length > 0) return serverWarnings;
    if (kind === "event") return checkQuality({ manifest: undefined as never, events: [eventSchema.parse(body)], annotations: [], stories: [] });
    if (kind === "annotation") return checkQuality({ manifest: undefined as never, events: [], annotations: [annotationSchema.parse(body)], stories: [] });
    return [];
  }, [kind, body, problems.length, serverWarnings]);

  const show = (path: string) => submitted || !isNew || [...touched].some((t) => path === t || path.startsWith(`${t}.`));
  const shownProblems = visiblePaths(byField(problems), show);
  const ctx: FormContext = {
    refs,
    record: body,
    isNew,
    problems: shownProblems,
    warnings: byField(warnings),
    onTouch: (path) => setTouched((current) => (current.has(path) ? current : new Set(current).add(path))),
  };

  const recordId = kind === "manifest" ? "manifest" : String(body.id ?? "");
  const url = `/api/desk/records/${kind}/${encodeURIComponent(recordId)}`;
  const refresh = async () => {
    await client.invalidateQueries({ queryKey: ["desk-record", kind, recordId] });
    onChanged();
  };

  async function save(over?: number) {
    setSubmitted(true);
    setStatus(null);
    if (problems.length > 0) {
      summary.current?.focus();
      return;
    }
    setBusy(true);
    try {
      const result = await api.send<{ revision: RevisionInfo & { unchanged?: true }; warnings: DataProblem[] }>("PUT", url, { base: over ?? base, body, reason });
      setServerWarnings(result.warnings);
      setStale(null);
      setBase(result.revision.rev);
      setSavedBody(bodyText);
      setReason("");
      setStatus({
        text: result.revision.unchanged
          ? "Nothing changed since the last revision."
          : `Saved as a draft: revision ${result.revision.rev}, ${formatWhen(result.revision.at)}. Readers do not see it until it is published.`,
        tone: "ok",
      });
      if (isNew) onCreated(recordId);
      await refresh();
    } catch (error) {
      if (!(error instanceof DeskRequestError)) throw error;
      if (error.status === 422) setServerProblems({ body: bodyText, problems: error.body.problems as DataProblem[] });
      if (error.status === 409 && error.body.stale) {
        const conflict = error.body.stale as Omit<Stale, "message">;
        setStale({ ...conflict, message: error.message });
      } else if (error.status === 409 && (error.body as { field?: string }).field) {
        setServerProblems({ body: bodyText, problems: [{ file: "(desk)", record: recordId, field: String(error.body.field), message: error.message }] });
      }
      setStatus({ text: error.message, tone: "error" });
      summary.current?.focus();
    } finally {
      setBusy(false);
    }
  }

  async function publishThis() {
    setBusy(true);
    setStatus(null);
    try {
      const also = publishAlso ? await publishAlso() : [];
      const result = await api.send<{ publication: number; published: unknown[] }>("POST", "/api/desk/publish", { records: [{ kind, id: recordId }, ...also], note: reason });
      setStatus({ text: `Published: publication ${result.publication} (${result.published.length} change${result.published.length === 1 ? "" : "s"}). Readers see it now.`, tone: "ok" });
      setReason("");
      await refresh();
    } catch (error) {
      if (!(error instanceof DeskRequestError)) throw error;
      const listed = Array.isArray(error.body.problems) ? (error.body.problems as DataProblem[]).map((p) => `${p.record}: ${p.field}: ${p.message}`) : [];
      setStatus({ text: [error.message, ...listed].join("\n"), tone: "error" });
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    setBusy(true);
    try {
      await api.send("DELETE", url, { base, reason });
      setStatus({ text: "Deleted, as a draft: readers still see it until it is published. Its history keeps every revision.", tone: "ok" });
      setConfirmDelete(false);
      await refresh();
    } catch (error) {
      if (!(error instanceof DeskRequestError)) throw error;
      setStatus({ text: error.message, tone: "error" });
    } finally {
      setBusy(false);
    }
  }

  if (!isNew && loaded.isPending) return <p className="desk-hint">Loading…</p>;
  if (!isNew && loaded.isError) return <p className="desk-problem">{loaded.error.message}</p>;
  const state = loaded.data;
  const deleted = state?.head.deleted ?? false;
  const draft = state ? state.head.rev !== state.published?.rev : false;
  // The heading names the record being edited: an emptied title falls back to its id, never to "New …".
  const title = String(body.title || body.label || body.name || body.headline || recordId || "") || `New ${KIND_NAMES[kind]}`;

  return (
    <article className="desk-editor" aria-labelledby="desk-editor-title">
      <header className="desk-editor-head">
        <button type="button" className="desk-button desk-button-quiet desk-back" onClick={onClose}>
          ← Back to the list
        </button>
        <p className="desk-kicker">{isNew ? `New ${KIND_NAMES[kind]}` : kind === "manifest" ? "The set" : `${KIND_NAMES[kind][0]!.toUpperCase()}${KIND_NAMES[kind].slice(1)} · ${recordId}`}</p>
        <h2 id="desk-editor-title">{title}</h2>
        <p className="desk-state">
          {isNew ? (
            <span className="desk-badge desk-badge-draft">not saved yet</span>
          ) : deleted ? (
            <span className="desk-badge desk-badge-draft">deleted (draft)</span>
          ) : draft ? (
            <span className="desk-badge desk-badge-draft">draft: revision {state!.head.rev}{state!.published ? `, public: revision ${state!.published.rev}` : ", never published"}</span>
          ) : (
            <span className="desk-badge desk-badge-live">public: revision {state!.head.rev}</span>
          )}
          {!isNew ? (
            <span className="desk-hint">
              last saved by {state!.head.author}, {formatWhen(state!.head.at)}
            </span>
          ) : null}
          {dirty ? <span className="desk-badge">unsaved changes</span> : null}
        </p>
      </header>

      <div ref={summary} tabIndex={-1} className="desk-summary-anchor">
        {(submitted || !isNew) && problems.length > 0 ? (
          <div className="desk-summary" role="alert">
            <h3>{problems.length === 1 ? "One thing to fix before this can be saved" : `${problems.length} things to fix before this can be saved`}</h3>
            <ul>
              {problems.map((problem) => (
                <li key={`${problem.field}:${problem.message}`}>
                  <a href={`#${fieldId(problem.field)}`}>
                    <code>{problem.field}</code>: {problem.message}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {status ? (
          <p className={status.tone === "error" ? "desk-problem desk-status" : "desk-status"} role={status.tone === "error" ? "alert" : "status"}>
            {status.text}
          </p>
        ) : null}
      </div>

      {stale ? (
        <section className="desk-conflict" aria-labelledby="desk-conflict-title">
          <h3 id="desk-conflict-title">Not saved: someone else saved first</h3>
          <p>{stale.message}</p>
          <DiffTable changes={stale.theirs} caption={`Their change (revision ${stale.current.rev}, ${stale.current.author})`} />
          <DiffTable changes={stale.yours} caption="Your change, compared with theirs" />
          <div className="desk-actions-row">
            <button
              type="button"
              className="desk-button"
              onClick={() => {
                if (stale.current.body) setBody(stale.current.body);
                setBase(stale.current.rev);
                setSavedBody(JSON.stringify(stale.current.body));
                setStale(null);
                setStatus({ text: `Loaded revision ${stale.current.rev}: your change was set aside.`, tone: "ok" });
              }}
            >
              Load their version
            </button>
            <button type="button" className="desk-button" onClick={() => save(stale.current.rev)}>
              Save mine over theirs
            </button>
          </div>
        </section>
      ) : null}

      {kind === "event" ? <EventPreview body={body} refs={refs} /> : null}

      <form
        className="desk-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <FieldList fields={FORMS[kind]} value={body} onChange={setBody} prefix="" ctx={ctx} />
        <div className="desk-actions">
          <label htmlFor="desk-reason">Reason for the change (optional, kept with the revision)</label>
          <input id="desk-reason" type="text" value={reason} maxLength={1000} onChange={(e) => setReason(e.target.value)} />
          <div className="desk-actions-row">
            <button type="submit" className="desk-button desk-button-primary" disabled={busy || deleted}>
              {isNew ? `Save new ${KIND_NAMES[kind]} as draft` : "Save draft"}
            </button>
            {!isNew && draft && !dirty ? (
              reviewer !== null && state!.head.author === reviewer ? (
                <span className="desk-hint">Review is on: another editor publishes your change.</span>
              ) : (
                <button type="button" className="desk-button" disabled={busy} onClick={publishThis}>
                  {reviewer !== null ? "Approve and publish" : "Publish"} {kind === "snapshot" ? "this snapshot and its notes" : "this change"}
                </button>
              )
            ) : null}
            {!isNew ? (
              <button type="button" className="desk-button desk-button-quiet" aria-expanded={showHistory} onClick={() => setShowHistory((v) => !v)}>
                {showHistory ? "Hide history" : "Show history"}
              </button>
            ) : null}
            {!isNew && kind !== "manifest" && !deleted ? (
              confirmDelete ? (
                <>
                  <button type="button" className="desk-button desk-button-danger" disabled={busy} onClick={remove}>
                    Delete {recordId}
                  </button>
                  <button type="button" className="desk-button desk-button-quiet" onClick={() => setConfirmDelete(false)}>
                    Keep it
                  </button>
                </>
              ) : (
                <button type="button" className="desk-button desk-button-quiet" onClick={() => setConfirmDelete(true)}>
                  Delete…
                </button>
              )
            ) : null}
          </div>
          {problems.length > 0 && (submitted || !isNew) ? <p className="desk-hint">Nothing is saved while a field has a problem.</p> : null}
        </div>
      </form>
      {showHistory && state ? (
        <HistoryPanel
          kind={kind}
          id={recordId}
          headRev={state.head.rev}
          onRestored={() => void refresh()}
        />
      ) : null}
    </article>
  );
}
