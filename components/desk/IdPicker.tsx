"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type { FoundRecord } from "@/lib/store/find";
import { useDeskApi } from "./desk-api";

interface IdPickerProps {
  of: "event" | "annotation";
  /** A list of ids, or one id (a related event's). */
  value: unknown;
  onChange: (next: string[] | string) => void;
  a11y: { id: string; "aria-describedby"?: string; "aria-invalid"?: true };
}

function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** Events or notes referred to by id: the chosen ones, and a search (drafts included) to add another. */
export function IdPicker({ of, value, onChange, a11y }: IdPickerProps) {
  const api = useDeskApi();
  const single = typeof value === "string";
  const chosen = single ? (value ? [value as string] : []) : Array.isArray(value) ? (value as string[]) : [];
  const [text, setText] = useState("");
  const q = useDebounced(text.trim(), 200);
  const found = useQuery({
    queryKey: ["desk-pick", of, q],
    queryFn: () => api.get<{ records: FoundRecord[] }>(`/api/desk/records?kind=${of}&limit=8&q=${encodeURIComponent(q)}`),
    enabled: q.length > 0,
    staleTime: 10_000,
  });
  const results = (found.data?.records ?? []).filter((record) => !chosen.includes(record.id));
  const pick = (id: string) => {
    onChange(single ? id : [...chosen, id]);
    setText("");
  };
  const noun = of === "event" ? "event" : "note";
  return (
    <div className="desk-picker">
      {chosen.length > 0 ? (
        <ul className="desk-chips" aria-label={`Chosen ${noun}s`}>
          {chosen.map((id) => (
            <li key={id} className="desk-chip">
              <code>{id}</code>
              {!single ? (
                <button type="button" className="desk-chip-remove" aria-label={`Remove ${id}`} onClick={() => onChange(chosen.filter((c) => c !== id))}>
                  ×
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <input
        {...a11y}
        type="search"
        autoComplete="off"
        placeholder={single && chosen.length ? `Search to replace ${chosen[0]}` : `Search ${noun}s by title or id`}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key !== "Enter") return;
          e.preventDefault();
          if (results[0]) pick(results[0].id);
          else if (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(text.trim())) pick(text.trim());
        }}
      />
      {q && results.length > 0 ? (
        <ul className="desk-pick-results" aria-label={`${noun}s matching “${q}”`}>
          {results.map((record) => (
            <li key={record.id}>
              <button type="button" onClick={() => pick(record.id)}>
                {record.date ? <span className="desk-date">{record.date}</span> : null} {record.title} <code>{record.id}</code>
                {record.isNew ? <span className="desk-badge">draft</span> : null}
              </button>
            </li>
          ))}
        </ul>
      ) : q && found.isSuccess ? (
        <p className="desk-hint">No {noun} matches “{q}”. Enter adds it as an id.</p>
      ) : null}
    </div>
  );
}
