"use client";

import { useCallback, useEffect } from "react";
import { NoteQuote } from "@/components/explorer/NoteQuote";
import { useExplorerFigure } from "@/components/explorer/useExplorerFigure";
import { InteractiveFigure } from "@/components/figure/InteractiveFigure";
import { formatWindow } from "@/lib/time/format";
import { fullViewPath } from "@/lib/view/embed";
import type { ExplorerData } from "@/lib/view/explorer-data";
import { serializeViewState } from "@/lib/view/view-state";
import { formatCount } from "@/lib/scene/text";

interface EmbedFigureProps {
  data: ExplorerData;
  /** The URL the page was served for, and the view the server read from it. */
  initial: { raw: string; canonical: string };
  figureWidth: number;
}

/**
 * The figure alone, for an iframe on another site: the explorer's figure, view (the URL) and window query,
 * without its header, toolbar, pane or list; a line above it names the set and links to the full view. Every change replaces
 * the frame's URL rather than adding to the history, so the host page's Back button is left alone.
 */
export function EmbedFigure({ data, initial, figureWidth }: EmbedFigureProps) {
  const { ctx, view, update, hover, setPx, figure, inView, onCommit, root } = useExplorerFigure(data, initial, figureWidth, { history: "replace" });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape" && !event.defaultPrevented && (view.event || view.note)) update({ event: null, note: null }, "replace");
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [update, view.event, view.note]);

  const onSelect = useCallback((id: string | null) => update({ event: id, note: null }, "replace"), [update]);
  const onSelectNote = useCallback((id: string) => update({ note: id }, "replace"), [update]);

  const count = formatCount(inView.count);
  const selected = view.event ? figure.items.find((item) => item.id === view.event) : undefined;
  const bar = (
    <p className="embed-bar">
      <span className="embed-title">{data.title}</span>
      <span className="embed-meta" data-testid="status">
        {selected ? `Selected: ${selected.title}, ${selected.dateLabel}` : `${count} events, ${formatWindow(view.domain)}`}
      </span>
      {/* A new tab: the host page stays where it was. */}
      <a href={fullViewPath(serializeViewState(view, ctx))} target="_blank" rel="noopener" className="embed-open">
        Open in Snapshots<span className="visually-hidden"> (new tab)</span> ↗
      </a>
    </p>
  );
  return (
    <div className="embed" ref={root}>
      <InteractiveFigure
        {...figure}
        toolbar={bar}
        initialWidth={figureWidth}
        hover={hover}
        title={`${data.title}: timeline of ${count} events, ${formatWindow(view.domain)}`}
        onCommit={onCommit}
        onSelect={onSelect}
        onSelectNote={onSelectNote}
        onWidth={setPx}
        describeNote={(id) => <NoteQuote id={id} />}
      />
    </div>
  );
}
