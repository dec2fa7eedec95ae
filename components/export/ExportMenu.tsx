"use client";

import { lazy, Suspense, useEffect, useRef, useState, type KeyboardEvent } from "react";

/** The <iframe> snippet and its copy button load when the menu first opens. */
const EmbedSnippet = lazy(() => import("./EmbedSnippet").then((module) => ({ default: module.EmbedSnippet })));

interface ExportMenuProps {
  /** The view as URL parameters (serializeViewState), so the export holds what the reader sees. */
  params: URLSearchParams | string;
  /** Offer the view as an <iframe> for another site, with the set's title as its name. */
  embed?: { title: string };
}

const FORMATS = [
  { format: "csv", label: "CSV", hint: "spreadsheet, our columns" },
  { format: "ics", label: "Calendar (ICS)", hint: "one entry per event" },
  { format: "timelinejs", label: "TimelineJS JSON", hint: "for a TimelineJS page" },
  { format: "json", label: "Data set JSON", hint: "a set Snapshots can load" },
] as const;

/**
 * Download links for the view's events in each export format, and the view as an <iframe> to embed, behind one
 * button beside Download PDF. A native
 * disclosure (works without JavaScript; Enter or Space opens it, Tab walks the links); Escape and a click
 * elsewhere close it.
 */
export function ExportMenu({ params, embed }: ExportMenuProps) {
  const details = useRef<HTMLDetailsElement>(null);
  const [opened, setOpened] = useState(false);
  const search = params.toString();

  useEffect(() => {
    const close = (event: PointerEvent) => {
      if (details.current?.open && !details.current.contains(event.target as Node)) details.current.open = false;
    };
    document.addEventListener("pointerdown", close);
    return () => document.removeEventListener("pointerdown", close);
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || !details.current?.open) return;
    event.preventDefault();
    details.current.open = false;
    details.current.querySelector("summary")?.focus();
  };

  return (
    <details className="export-menu" ref={details} onKeyDown={onKeyDown} onToggle={(event) => event.currentTarget.open && setOpened(true)} data-export-menu>
      <summary className="export-menu-summary">Export</summary>
      <div className="export-menu-popup">
        <ul className="export-menu-list" aria-label="Export the events of this view">
          {FORMATS.map(({ format, label, hint }) => (
            <li key={format}>
              <a href={`/api/export?format=${format}${search ? `&${search}` : ""}`} download data-format={format}>
                {label} <span className="export-menu-hint">{hint}</span>
              </a>
            </li>
          ))}
        </ul>
        {embed && opened && (
          <Suspense fallback={null}>
            <EmbedSnippet params={params} title={embed.title} />
          </Suspense>
        )}
      </div>
    </details>
  );
}
