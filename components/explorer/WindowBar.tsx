"use client";

import { useState, useSyncExternalStore, type FormEvent, type ReactNode } from "react";
import { useHydrated } from "@/components/status/useHydrated";
import { formatWindow } from "@/lib/time/format";
import { utc } from "@/lib/time/partial-date";
import type { TimeDomain } from "@/lib/time/scale";
import { dayEdges, fitDomain, parseWindowEdges } from "@/lib/view/domain";
import type { Emitter } from "@/lib/view/emitter";
import type { ExplorerData } from "@/lib/view/explorer-data";

interface WindowBarProps {
  data: Pick<ExplorerData, "bounds" | "defaultDomain" | "keyEvents" | "extent">;
  domain: TimeDomain;
  /** The window a gesture in progress shows. */
  live: Emitter<TimeDomain | null>;
  onDomain: (domain: TimeDomain) => void;
  children?: ReactNode;
}


/** The visible window in words (following a gesture in progress), a "jump to" list and exact dates. */
export function WindowBar({ data, domain, live, onDomain, children }: WindowBarProps) {
  const moving = useSyncExternalStore(live.subscribe, live.get, () => null);
  const [from, to] = moving ?? domain;
  const [editing, setEditing] = useState(false);
  // The list of periods and key events needs the script to act on: the browser fills it in once hydrated.
  const hydrated = useHydrated();
  const firstYear = new Date(data.extent[0]).getUTCFullYear();
  const lastYear = new Date(data.extent[1] - 1).getUTCFullYear();
  const years = Array.from({ length: Math.min(60, lastYear - firstYear + 1) }, (_, i) => lastYear - i);
  const presets: { id: string; label: string; domain: TimeDomain }[] = [
    { id: "all", label: "All events", domain: data.bounds },
    { id: "story", label: formatWindow(data.defaultDomain), domain: data.defaultDomain },
    ...data.keyEvents.map((event) => ({ id: `event:${event.id}`, label: `${event.title} (${new Date(event.start).getUTCFullYear()})`, domain: fitDomain([[event.start, event.end]], 4)! })),
    ...years.map((year) => ({ id: `year:${year}`, label: String(year), domain: [utc(year, 0, 1), utc(year + 1, 0, 1)] as TimeDomain })),
  ];
  const onPreset = (id: string) => {
    const preset = presets.find((p) => p.id === id);
    if (preset) onDomain(preset.domain);
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    // The dates read as the URL reads them: the `to` day included.
    const window = parseWindowEdges(String(form.get("from")), String(form.get("to")));
    if (!window) return;
    onDomain(window);
    setEditing(false);
  };
  return (
    <div className="window-bar">
      <p className="window-label" data-testid="window-label">
        <span className="visually-hidden">Time window: </span>
        {formatWindow([from, to])}
      </p>
      <label className="window-preset">
        <span className="visually-hidden">Jump to</span>
        <select value="" onChange={(event) => onPreset(event.target.value)} aria-label="Jump to a period or key event">
          <option value="" disabled>
            Jump to…
          </option>
          {hydrated && (
            <>
              <optgroup label="Periods">
                {presets.slice(0, 2).map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.label}
                  </option>
                ))}
              </optgroup>
              {data.keyEvents.length > 0 && (
                <optgroup label="Key events">
                  {presets
                    .filter((p) => p.id.startsWith("event:"))
                    .map((p) => (
                      <option key={p.id} value={p.id}>
                        {p.label}
                      </option>
                    ))}
                </optgroup>
              )}
              <optgroup label="Years">
                {presets
                  .filter((p) => p.id.startsWith("year:"))
                  .map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.label}
                    </option>
                  ))}
              </optgroup>
            </>
          )}
        </select>
      </label>
      {editing ? (
        <form className="window-dates" onSubmit={onSubmit} aria-label="Show dates">
          <label>
            From <input type="date" name="from" defaultValue={dayEdges(domain).from} required />
          </label>
          <label>
            To <input type="date" name="to" defaultValue={dayEdges(domain).to} required />
          </label>
          <button type="submit" className="tool-button small">
            Show
          </button>
          <button type="button" className="link-button" onClick={() => setEditing(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <button type="button" className="link-button" onClick={() => setEditing(true)}>
          Set dates
        </button>
      )}
      <div className="window-bar-end">{children}</div>
    </div>
  );
}
