"use client";

import { lazy, Suspense, useCallback, useEffect, useRef, useState, type MouseEvent, type ReactNode } from "react";
import { BRIEFING_DOCK_ID } from "@/components/briefing/briefing-dock";
import { InteractiveFigure } from "@/components/figure/InteractiveFigure";
import { keepPreviousData, useQuery } from "@/components/query/useQuery";
import { PrintReportHook } from "@/components/report/PrintReportHook";
import { searchQueryOptions } from "@/lib/query/search";
import { countOf, formatCount } from "@/lib/scene/text";
import type { Scene } from "@/lib/scene/types";
import { dayEdges } from "@/lib/view/domain";
import type { ExplorerData } from "@/lib/view/explorer-data";
import { rememberFigureWidth } from "@/lib/view/figure-width";
import { getSearchRequest } from "@/lib/view/search-request";
import { serializeViewState } from "@/lib/view/view-state";
import { DeferredBriefingMenu, DeferredChartFoot, DeferredEventList, DeferredEventTable, DeferredReadingPane, DeferredTitleActions } from "./deferred-parts";
import { Toolbar } from "./Toolbar";
import { useExplorerFigure } from "./useExplorerFigure";
import { useSelection } from "./useSelection";
import { WindowBar } from "./WindowBar";

/** An expert note's quote, asked for when a callout is hovered or focused: its code loads then too. */
const NoteQuote = lazy(() => import("./NoteQuote").then((module) => ({ default: module.NoteQuote })));
const describeNote = (id: string) => (
  <Suspense fallback={<span aria-busy="true">Loading the quote…</span>}>
    <NoteQuote id={id} />
  </Suspense>
);

interface ExplorerProps {
  data: ExplorerData;
  /** The URL the page was served for, and the view the server read from it. */
  initial: { raw: string; canonical: string };
  /** The width the server drew the figure at. */
  figureWidth: number;
  /** More actions at the end of the title row (opening a file to preview). */
  actions?: ReactNode;
  /** A set that lives only in this browser (a previewed file): actions the server answers from its own set are left out. */
  local?: boolean;
}

/** The skip link lands on the chart itself (its keys work at once); without script, on the timeline's section. */
function focusChart(event: MouseEvent<HTMLAnchorElement>) {
  const chart = document.querySelector<HTMLElement>("#timeline .figure-host[tabindex]");
  if (!chart) return;
  event.preventDefault();
  chart.focus();
  chart.scrollIntoView({ block: "nearest" });
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "SELECT", "TEXTAREA"].includes(target.tagName));
}

/**
 * The explorer: header, filters, the figure and the reading pane. It has one event source — the
 * window query, answered on the server for the first paint (in the browser for a previewed file) — and
 * one owner of the view, the URL.
 */
export function Explorer({ data, initial, figureWidth, actions, local = false }: ExplorerProps) {
  const { ctx, view, update, hover, live, setPx, response, allNotes, figure, inView, onCommit, setWindow, root } = useExplorerFigure(data, initial, figureWidth, { history: "own" });
  const items = figure.items;
  const drawn = useRef<Scene | null>(null);
  const onScene = useCallback((scene: Scene) => {
    drawn.current = scene;
  }, []);

  const { selectInPlace, jumpTo, selectNote, clear } = useSelection(data, view, items, allNotes, update);

  const search = useQuery({ ...searchQueryOptions(getSearchRequest(view, ctx.laneIds)), placeholderData: keepPreviousData });
  const results = view.q ? search.data : undefined;
  const [shownNotes, setShownNotes] = useState<string[] | null>(null);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape" && !event.defaultPrevented && !isTyping(event.target)) clear();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [clear]);

  const onWidth = useCallback((width: number) => {
    setPx(width);
    rememberFigureWidth(width);
  }, [setPx]);

  // `q` is the search filter: the figure, the list and this count hold only the events that match it; the pane lists every match, in or out of the window, and the expert notes that match.
  const notesMatched = results && results.notes.total > 0 ? `, and ${countOf(results.notes.total, "expert note")}` : "";
  const status = `${formatCount(inView.count)} of ${formatCount(data.window.total)} events in view${view.q ? `, filtered by “${view.q}”${results ? ` (${countOf(results.total, "match", "matches")} in all${notesMatched})` : ""}` : ""}`;
  const title = `Timeline of ${formatCount(inView.count)} events in ${figure.lanes.length} lanes`;

  const windowBar = (
    <WindowBar
      data={data}
      domain={view.domain}
      live={live}
      onDomain={(domain) => {
        setWindow(domain, "jump");
        // A jump shows its result: the figure comes into view if the page was scrolled away from it.
        root.current?.querySelector(".figure-host, .event-table-wrap")?.scrollIntoView({ block: "nearest" });
      }}
    >
      {!local && <DeferredBriefingMenu selectedEventId={view.event} domain={view.domain} lanes={view.lanes} laneOrder={ctx.laneIds} />}
    </WindowBar>
  );
  return (
    <div className="explorer" data-mode={view.mode} ref={root}>
      <a className="skip-link" href="#timeline" onClick={focusChart}>
        Skip to the timeline
      </a>
      <header className="explorer-header">
        <div className="title-row">
          <h1>{data.title}</h1>
          <p className="status" role="status" aria-live="polite" data-testid="status">
            {status}
          </p>
          {!local && (
            <>
              <DeferredTitleActions params={serializeViewState(view, ctx).toString()} title={data.title} />
              <PrintReportHook />
            </>
          )}
          {actions}
        </div>
        <Toolbar data={data} view={view} update={update} />
      </header>
      <main className="explorer-main">
        <section id="timeline" className="chart-area" aria-label={view.mode === "list" ? "Events as a table" : "Timeline"} tabIndex={-1}>
          {view.mode === "list" ? (
            <>
              {windowBar}
              <DeferredEventTable items={inView.items} lanes={data.lanes} selectedId={view.event} asOfMs={data.hasCommentary ? data.asOf.ms : Infinity} hover={hover} onSelect={jumpTo} />
            </>
          ) : (
            <InteractiveFigure
              toolbar={windowBar}
              initialWidth={figureWidth}
              {...figure}
              hover={hover}
              title={title}
              onCommit={onCommit}
              onLive={live.set}
              onSelect={selectInPlace}
              onSelectNote={selectNote}
              onShowNotes={setShownNotes}
              onWidth={onWidth}
              describeNote={describeNote}
              onScene={onScene}
            />
          )}
          {inView.count === 0 && response && (
            <p className="empty-window" role="note">
              No events in this window{view.hideAfter || view.actor || view.tag || view.q || view.experts.length ? " with these filters" : ""}. Zoom out, move the window or use a preset.
            </p>
          )}
          <DeferredChartFoot
            asOfLabel={data.hasCommentary ? data.asOf.label : null}
            hideAfter={view.hideAfter}
            commentary={data.hasCommentary ? data.commentary : null}
            hrefFor={(id) => `?${serializeViewState({ ...view, note: null, snapshot: id === data.commentary.latest ? null : id }, ctx)}`}
            figure={view.mode === "chart" ? () => (drawn.current ? { scene: drawn.current, title } : null) : undefined}
            name={`snapshots-${dayEdges(view.domain).from}-${dayEdges(view.domain).to}`}
          />
        </section>
        <div className="side-column">
          {/* The briefing tray docks here when open (components/briefing/BriefingMenu.tsx): the layout makes room for it. */}
          {!local && <div id={BRIEFING_DOCK_ID} className="briefing-dock" />}
          <DeferredReadingPane
          data={data}
          notes={allNotes}
          view={view}
          results={results}
          searchError={search.isError}
          hover={hover}
          shownNotes={shownNotes}
          onCloseNotes={() => setShownNotes(null)}
          onJump={jumpTo}
          onSearch={(q) => update({ q })}
          onSelectNote={selectNote}
          onChooseExperts={(ids) => update({ experts: ids })}
          onClose={clear}
          />
        </div>
        {/* After the pane in the document (so Tab reaches the pane first), under the figure on screen. */}
        <DeferredEventList items={inView.items} count={inView.count} total={data.window.total} lanes={data.lanes} params={serializeViewState(view, ctx)} domain={view.domain} />
      </main>
    </div>
  );
}
