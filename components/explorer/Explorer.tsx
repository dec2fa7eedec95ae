"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useMemo, useState, type ReactNode } from "react";
import { BriefingMenu } from "@/components/briefing/BriefingMenu";
import { TimelineChart } from "@/components/chart/TimelineChart";
import type { DomainPhase } from "@/components/chart/types";
import { FigureDownloads } from "@/components/export/FigureDownloads";
import { EventDetailPanel } from "@/components/events/EventDetailPanel";
import { EventTable } from "@/components/events/EventTable";
import { DownloadPdfLink } from "@/components/report/DownloadPdfLink";
import { PrintReportHook } from "@/components/report/PrintReportHook";
import { searchQueryOptions } from "@/lib/query/search";
import { toIsoDay } from "@/lib/time/partial-date";
import type { TimeDomain } from "@/lib/time/scale";
import { createEmitter } from "@/lib/view/emitter";
import type { ExplorerData } from "@/lib/view/explorer-data";
import { filterEvents } from "@/lib/view/filter-events";
import { roundDomain, serializeViewState } from "@/lib/view/view-state";
import { createViewContext } from "@/lib/view/view-context";
import { getSearchRequest } from "@/lib/view/search-request";
import { CommentaryPanel } from "./CommentaryPanel";
import { Legend } from "./Legend";
import { PanelTabs } from "./PanelTabs";
import { SearchResults } from "./SearchResults";
import { Toolbar } from "./Toolbar";
import { useExplorerView } from "./useExplorerView";
import { useMounted } from "./useMounted";
import { useSelection } from "./useSelection";
import { useWindowItems } from "./useWindowItems";
import { WindowLabel } from "./WindowLabel";
import "./explorer.css";

interface ExplorerProps {
  data: ExplorerData;
  /** Server-rendered SVG of the same view, shown until the interactive chart mounts (and without JavaScript). */
  staticFigure: ReactNode;
  children?: ReactNode;
}

const NO_ITEMS: ExplorerData["items"] = [];
const NO_LINKS: ExplorerData["links"] = [];

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "SELECT", "TEXTAREA"].includes(target.tagName));
}

export function Explorer({ data, staticFigure, children }: ExplorerProps) {
  const ctx = useMemo(() => createViewContext(data), [data]);
  const { view, update } = useExplorerView(ctx);
  const { selectInPlace, jumpTo, selectNote, clear } = useSelection(data, view, update);
  const [hover] = useState(() => createEmitter<string | null>(null));
  const [gesture] = useState(() => createEmitter<TimeDomain | null>(null));

  const mounted = useMounted();
  const { lanes: laneIds, experts, actor, tag, hideAfter } = view;
  const windowed = useWindowItems(data.window, view.domain, laneIds, mounted);
  const source = data.window ? (windowed?.items ?? NO_ITEMS) : data.items;
  const sourceLinks = data.window ? (windowed?.links ?? NO_LINKS) : data.links;
  const items = useMemo(
    () => filterEvents(source, { lanes: laneIds, experts, actor, tag, hideAfter }, data.notes, data.asOf.ms),
    [source, data.notes, data.asOf.ms, laneIds, experts, actor, tag, hideAfter],
  );
  const lanes = useMemo(() => laneIds.flatMap((id) => data.lanes.filter((lane) => lane.id === id)), [data.lanes, laneIds]);
  const notes = useMemo(() => (experts.length ? data.notes.filter((note) => experts.includes(note.expertId)) : data.notes), [data.notes, experts]);
  // A large set shows the commentary of the window only: a thousand notes would outweigh the page and every frame.
  const panelNotes = useMemo(() => {
    if (!data.window) return data.notes;
    const inWindow = new Set(source.map((item) => item.id));
    return data.notes.filter((note) => note.eventIds.some((id) => inWindow.has(id)));
  }, [data.window, data.notes, source]);
  const chartNotes = useMemo(() => {
    const shown = new Set(panelNotes);
    return data.window ? notes.filter((note) => shown.has(note)) : notes;
  }, [data.window, notes, panelNotes]);
  const links = useMemo(() => {
    const shown = new Set(items.map((item) => item.id));
    return sourceLinks.filter((link) => shown.has(link.from) && shown.has(link.to));
  }, [sourceLinks, items]);

  const search = useQuery({ ...searchQueryOptions(getSearchRequest(view, ctx.laneIds)), placeholderData: keepPreviousData });
  const results = view.q ? search.data : undefined;
  const suggestions = useMemo(() => data.facets.tags.slice(0, 6).map((tag) => tag.name), [data.facets.tags]);
  const matchIds = useMemo(() => new Set(results?.results.map((r) => r.id) ?? []), [results]);

  const [panel, setPanel] = useState(view.q && !view.event ? "results" : "detail");
  const [shownFor, setShownFor] = useState({ event: view.event, q: view.q });
  if (shownFor.event !== view.event || shownFor.q !== view.q) {
    setShownFor({ event: view.event, q: view.q });
    if (view.event && view.event !== shownFor.event) setPanel("detail");
    else if (view.q && view.q !== shownFor.q) setPanel("results");
  }

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape" && !event.defaultPrevented && !isTyping(event.target)) clear();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [clear]);

  const onDomainChange = (domain: TimeDomain, phase: DomainPhase) => {
    gesture.set(phase === "gesture" ? domain : null);
    if (phase === "end") update({ domain: roundDomain(domain) }, "replace");
  };

  const count = (n: number) => n.toLocaleString("en-GB");
  const status = `${count(data.window ? (windowed?.total ?? 0) : items.length)} of ${count(data.window?.total ?? data.items.length)} events ${data.window ? "in the window" : "shown"}${view.q && results ? `; ${count(results.total)} ${results.total === 1 ? "match" : "matches"} for “${view.q}”` : ""}`;

  return (
    <div className="explorer" data-mode={view.mode} data-ready={mounted || undefined}>
      <a className="skip-link" href="#timeline">
        Skip to the timeline
      </a>
      <header className="explorer-header">
        <div className="title-row">
          <h1>{data.title}</h1>
          <p className="status" role="status" aria-live="polite">
            {status}
          </p>
          <DownloadPdfLink params={serializeViewState(view, ctx)} />
          <PrintReportHook />
        </div>
        <Toolbar data={data} view={view} update={update} />
      </header>
      <main className="explorer-main">
        <section id="timeline" className="chart-area" aria-label={view.mode === "list" ? "Events as a table" : "Timeline"} tabIndex={-1}>
          {view.mode === "list" ? (
            <EventTable items={items} lanes={data.lanes} selectedId={view.event} asOfMs={data.asOf.ms} hover={hover} onSelect={jumpTo} />
          ) : mounted && (!data.window || windowed) ? (
            <TimelineChart
              lanes={lanes}
              items={items}
              clusters={windowed?.clusters}
              density={data.window?.density}
              links={links}
              annotations={chartNotes}
              extent={data.extent}
              domain={view.domain}
              asOf={{ ms: data.asOf.ms, label: data.asOf.label }}
              hideAfterAsOf={view.hideAfter}
              selectedId={view.event}
              selectedAnnotationId={view.note}
              matchIds={matchIds}
              hover={hover}
              onDomainChange={onDomainChange}
              onSelect={selectInPlace}
              onSelectAnnotation={selectNote}
            />
          ) : (
            staticFigure
          )}
          <div className="chart-foot">
            <WindowLabel committed={view.domain} gesture={gesture} />
            {view.mode === "chart" && <FigureDownloads rootId="timeline" name={`snapshots-${toIsoDay(view.domain[0])}-${toIsoDay(view.domain[1])}`} className="figure-downloads" />}
            <BriefingMenu selectedEventId={view.event} domain={view.domain} lanes={view.lanes} laneOrder={ctx.laneIds} />
            {/* The interactive chart draws its own legend. */}
            {!mounted && view.mode === "chart" && <Legend asOfLabel={data.asOf.label} />}
          </div>
        </section>
        <PanelTabs
          active={panel}
          onActivate={setPanel}
          panels={[
            { id: "detail", label: "Event detail", content: <EventDetailPanel id={view.event} onSelect={jumpTo} /> },
            {
              id: "commentary",
              label: "Expert commentary",
              content: <CommentaryPanel experts={data.experts} notes={panelNotes} chosen={view.experts} selectedEventId={view.event} selectedNoteId={view.note} hover={hover} onChooseExperts={(ids) => update({ experts: ids })} onSelectNote={selectNote} />,
            },
            { id: "results", label: "Search results", content: <SearchResults q={view.q} response={results} isError={search.isError} lanes={data.lanes} selectedId={view.event} suggestions={suggestions} onSearch={(q) => update({ q })} hover={hover} onJump={jumpTo} /> },
          ]}
        />
        {children}
      </main>
    </div>
  );
}
