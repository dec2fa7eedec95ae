"use client";

import { useEffect, useRef, useState } from "react";

/** The search field: typing commits `q` to the URL after a short pause; Enter commits at once (a plain GET form without JavaScript). */
export function SearchBox({ value, onCommit }: { value: string; onCommit: (q: string) => void }) {
  const [draft, setDraft] = useState(value);
  const [committed, setCommitted] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // Back/Forward changed q: show it (adjusting state while rendering, as React recommends).
  if (value !== committed) {
    setCommitted(value);
    setDraft(value);
  }
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  const commit = (q: string) => {
    if (timer.current) clearTimeout(timer.current);
    onCommit(q.trim());
  };
  return (
    <form
      className="search-box"
      role="search"
      method="get"
      onSubmit={(event) => {
        event.preventDefault();
        commit(draft);
      }}
    >
      <label htmlFor="explorer-search" className="visually-hidden">
        Search events
      </label>
      <input
        id="explorer-search"
        name="q"
        type="search"
        placeholder="Search titles, summaries, actors…"
        autoComplete="off"
        maxLength={200}
        value={draft}
        onChange={(event) => {
          const next = event.target.value;
          setDraft(next);
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(() => onCommit(next.trim()), 300);
        }}
      />
    </form>
  );
}
