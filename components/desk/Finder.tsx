"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useId, useRef, useState } from "react";
import type { RecordKind } from "@/lib/data/records";
import type { DeskRefs } from "@/lib/desk/forms";
import type { FoundRecord } from "@/lib/store/find";
import type { FindSort } from "@/lib/desk/api";
import { toIsoDay } from "@/lib/time/partial-date";
import { useDeskApi } from "./desk-api";
import { KIND_NAMES } from "./RecordEditor";

const PAGE = 100;

interface FinderProps {
  kind: RecordKind;
  refs: DeskRefs;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onNew?: () => void;
  newLabel?: string;
  /** Extra search parameters (a snapshot's notes). */
  scope?: Record<string, string>;
  heading: string;
}

/** Find records of one kind as they stand (drafts in): text, and for events lane, dates and sourcing flags. */
export function Finder({ kind, refs, selectedId, onSelect, onNew, newLabel, scope, heading }: FinderProps) {
  const api = useDeskApi();
  const uid = useId();
  const [q, setQ] = useState("");
  const [lane, setLane] = useState("");
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [flag, setFlag] = useState("");
  const [sort, setSort] = useState<FindSort>(kind === "event" ? "newest" : "oldest");
  const [limit, setLimit] = useState(PAGE);
  const params = new URLSearchParams({ kind, limit: String(limit), ...scope });
  if (q.trim()) params.set("q", q.trim());
  if (lane) params.set("lane", lane);
  if (/^\d{4}-\d{2}-\d{2}$/.test(from)) params.set("from", from);
  if (/^\d{4}-\d{2}-\d{2}$/.test(to)) params.set("to", to);
  if (flag) params.set("flag", flag);
  params.set("sort", sort);
  const found = useQuery({
    queryKey: ["desk-find", params.toString(), kind],
    queryFn: () => api.get<{ total: number; records: FoundRecord[] }>(`/api/desk/records?${params}`),
    // While a new search loads, the last results stay — but never another kind's (a tab's list reused
    // for the next tab would open an event's id as a lane).
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[2] === kind ? keepPreviousData(previous) : undefined),
  });
  const list = useRef<HTMLUListElement>(null);
  // ↓ from the search box to the first result, ↑ and ↓ between results: the filters between them are many Tab stops.
  const step = (from: Element, by: 1 | -1) => {
    const buttons = [...(list.current?.querySelectorAll<HTMLButtonElement>(".desk-result") ?? [])];
    const at = buttons.indexOf(from as HTMLButtonElement);
    const next = at === -1 ? (by === 1 ? buttons[0] : undefined) : buttons[at + by];
    if (next) next.focus();
    else if (at === 0 && by === -1) document.getElementById(`${uid}-q`)?.focus();
    return next !== undefined || at === 0;
  };
  const onArrow = (e: React.KeyboardEvent) => {
    if ((e.key === "ArrowDown" || e.key === "ArrowUp") && step(e.target as Element, e.key === "ArrowDown" ? 1 : -1)) e.preventDefault();
  };
  const laneOf = new Map(refs.lanes.map((l) => [l.id, l]));
  const events = kind === "event";
  return (
    <section className="desk-finder" aria-labelledby={`${uid}-h`}>
      <div className="desk-finder-head">
        <h2 id={`${uid}-h`}>{heading}</h2>
        {onNew ? (
          <button type="button" className="desk-button desk-button-primary" onClick={onNew}>
            {newLabel ?? `New ${KIND_NAMES[kind]}`}
          </button>
        ) : null}
      </div>
      <form className="desk-filters" role="search" aria-label={`Find ${KIND_NAMES[kind]}s`} onSubmit={(e) => e.preventDefault()}>
        <label htmlFor={`${uid}-q`}>Search</label>
        <input id={`${uid}-q`} type="search" value={q} aria-describedby={`${uid}-q-hint`} onKeyDown={onArrow} placeholder={events ? "Title, summary, actor, tag or id" : "Text or id"} onChange={(e) => (setQ(e.target.value), setLimit(PAGE))} />
        <span id={`${uid}-q-hint`} className="visually-hidden">
          Down arrow: to the results
        </span>
        {events ? (
          <>
            <label htmlFor={`${uid}-lane`}>Lane</label>
            <select id={`${uid}-lane`} value={lane} onChange={(e) => (setLane(e.target.value), setLimit(PAGE))}>
              <option value="">All lanes</option>
              {refs.lanes.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.label}
                </option>
              ))}
            </select>
            <label htmlFor={`${uid}-from`}>From</label>
            <input id={`${uid}-from`} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
            <label htmlFor={`${uid}-to`}>To</label>
            <input id={`${uid}-to`} type="date" value={to} onChange={(e) => setTo(e.target.value)} />
          </>
        ) : null}
        <label htmlFor={`${uid}-flag`}>Show</label>
        <select id={`${uid}-flag`} value={flag} onChange={(e) => (setFlag(e.target.value), setLimit(PAGE))}>
          <option value="">All</option>
          {events ? <option value="no-primary">No official or wire source</option> : null}
          {events ? <option value="unverified">Unverified</option> : null}
          <option value="draft">Unpublished changes</option>
          <option value="deleted">Deleted</option>
        </select>
        <label htmlFor={`${uid}-sort`}>Order</label>
        <select id={`${uid}-sort`} value={sort} onChange={(e) => (setSort(e.target.value as FindSort), setLimit(PAGE))}>
          {events ? (
            <>
              <option value="newest">Newest first</option>
              <option value="oldest">Oldest first</option>
            </>
          ) : (
            <option value="oldest">As in the files</option>
          )}
          <option value="edited">Last edited first</option>
        </select>
      </form>
      <p className="desk-count" aria-live="polite">
        {found.data ? `${found.data.total.toLocaleString("en-GB")} ${KIND_NAMES[kind]}${found.data.total === 1 ? "" : "s"}` : found.isError ? found.error.message : "Loading…"}
      </p>
      <ul className="desk-results" ref={list} onKeyDown={onArrow}>
        {found.data?.records.map((record) => {
          const l = record.lane ? laneOf.get(record.lane) : undefined;
          return (
            <li key={record.id}>
              <button type="button" className="desk-result" aria-current={record.id === selectedId ? "true" : undefined} onClick={() => onSelect(record.id)}>
                {record.date ? <span className="desk-date">{record.date}</span> : record.start !== null ? <span className="desk-date">{toIsoDay(record.start)}</span> : null}
                <span className="desk-result-title">{record.title || record.id}</span>
                <span className="desk-result-meta">
                  {l ? (
                    <span className="desk-lane">
                      <span className="desk-swatch" style={{ background: l.colour }} aria-hidden="true" />
                      {l.label}
                    </span>
                  ) : null}
                  {record.deleted ? <span className="desk-badge desk-badge-draft">deleted</span> : record.isNew ? <span className="desk-badge desk-badge-draft">new, unpublished</span> : record.draft ? <span className="desk-badge desk-badge-draft">unpublished changes</span> : null}
                  {record.flags.includes("unverified") ? <span className="desk-badge">unverified</span> : null}
                  {events && record.flags.includes("no-primary") ? <span className="desk-badge desk-badge-quiet">no official or wire source</span> : null}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {found.data && found.data.total > found.data.records.length ? (
        <button type="button" className="desk-button desk-button-quiet" onClick={() => setLimit((n) => Math.min(n + PAGE, 500))} disabled={limit >= 500}>
          {limit >= 500 ? "Narrow the search to see more" : "Show more"}
        </button>
      ) : null}
    </section>
  );
}
