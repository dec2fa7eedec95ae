"use client";

import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { flushSync } from "react-dom";
import type { TimelineItem } from "@/lib/data/items";
import { buildScene } from "@/lib/scene/build-scene";
import type { SceneInput, SceneNote } from "@/lib/scene/types";
import type { SceneLinkInput } from "@/lib/scene/links";
import type { TimeDomain } from "@/lib/time/scale";
import { clampDomain, roundDomain, sameDomain, zoomDomain } from "@/lib/view/domain";
import type { Emitter } from "@/lib/view/emitter";
import { createWindowIndex } from "@/lib/window/window-index";
import type { ChartCluster, DensityBins } from "@/lib/window/types";
import { attachFigureBehaviours, type FigureBehaviours } from "./figure-behaviours";
import { FigureSvg } from "./FigureSvg";
import { HoverLayer } from "./HoverLayer";
import { FigureTooltip } from "./FigureTooltip";
import { FigureCanvas, CANVAS_MARKS } from "./FigureCanvas";
import { measureDraw, timedScene } from "./draw-timing";
import "./figure.css";

export type DomainPhase = "gesture" | "end";

export interface InteractiveFigureProps {
  /** Width the server drew at; the browser re-lays out to its own once measured. */
  initialWidth: number;
  lanes: SceneInput["lanes"];
  items: readonly TimelineItem[];
  clusters?: readonly ChartCluster[];
  notes: readonly SceneNote[];
  experts: readonly string[];
  links: readonly SceneLinkInput[];
  bounds: TimeDomain;
  density: DensityBins;
  /** The committed window (the URL's). */
  domain: TimeDomain;
  snapshot: { ms: number; label: string } | null;
  selectedId: string | null;
  selectedNoteId: string | null;
  matches?: ReadonlySet<string>;
  hover: Emitter<string | null>;
  title: string;
  /** Called during a gesture ("gesture") and once when it ends ("end"); never for prop changes. */
  onDomainChange: (domain: TimeDomain, phase: DomainPhase) => void;
  onSelect: (id: string | null) => void;
  onSelectNote: (id: string) => void;
  /** "+N notes": the notes that found no room. */
  onShowNotes?: (ids: string[]) => void;
  /** Reports the measured width (the explorer remembers it for the server's next first paint). */
  onWidth?: (width: number) => void;
  /** What a hovered or focused callout shows: the full quote. */
  describeNote?: (id: string) => ReactNode;
  /** Controls set at the start of the figure's toolbar (the explorer's window bar). */
  toolbar?: ReactNode;
}

const ZOOM_STEP = 1.6;

/**
 * The explorer's figure: the one scene drawn by the one renderer, plus what only a browser can do —
 * zoom, pan and brush (d3-zoom, d3-brush on nodes React renders and never fills), hover and focus
 * layers, keys, and canvas for windows too dense for SVG. The server renders it first (complete at first
 * paint); hydration adopts those nodes and makes them interactive.
 */
export function InteractiveFigure(props: InteractiveFigureProps) {
  const idPrefix = `fig${useId().replace(/[^a-zA-Z0-9]/g, "")}`;
  const hostRef = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(props.initialWidth);
  /** The window a person is moving (or has just moved, until the URL catches up). */
  const [gesture, setGesture] = useState<{ domain: TimeDomain; ended: boolean } | null>(null);
  const [committedSeen, setCommittedSeen] = useState(props.domain);
  // A new committed window that is not our own gesture coming back (rounded to the URL's precision) ends the gesture view.
  if (committedSeen !== props.domain) {
    setCommittedSeen(props.domain);
    if (gesture?.ended && !sameDomain(props.domain, roundDomain(gesture.domain), 60_000)) setGesture(null);
  }
  const domain = gesture?.domain ?? props.domain;
  const index = useMemo(() => createWindowIndex(props.items as TimelineItem[], props.lanes.map((l) => l.id), props.bounds), [props.items, props.lanes, props.bounds]);
  const overview = useMemo(() => ({ bounds: props.bounds, density: props.density }), [props.bounds, props.density]);
  const scene = useMemo(
    () =>
      timedScene(() =>
        buildScene({
          medium: "screen",
          width,
          domain,
          lanes: props.lanes,
          index,
          clusters: props.clusters,
          notes: props.notes,
          experts: props.experts,
          snapshot: props.snapshot,
          selectedId: props.selectedId,
          selectedNoteId: props.selectedNoteId,
          matches: props.matches,
          overview,
        }),
      ),
    [width, domain, props.lanes, index, props.clusters, props.notes, props.experts, props.snapshot, props.selectedId, props.selectedNoteId, props.matches, overview],
  );
  const onCanvas = scene.marks.length > CANVAS_MARKS;

  const latest = useRef({ props, scene, domain });
  useLayoutEffect(() => {
    latest.current = { props, scene, domain };
  });
  useLayoutEffect(() => measureDraw(scene), [scene]);

  const behaviours = useRef<FigureBehaviours | null>(null);
  const pending = useRef<{ frame: number; domain: TimeDomain | null }>({ frame: 0, domain: null });

  const setDomain = useCallback((next: TimeDomain, phase: DomainPhase | null) => {
    const bounds = latest.current.props.bounds;
    const clamped = clampDomain(next, bounds);
    if (phase === "end" || phase === null) {
      cancelAnimationFrame(pending.current.frame);
      pending.current = { frame: 0, domain: null };
      setGesture({ domain: clamped, ended: true });
      if (phase === "end") latest.current.props.onDomainChange(clamped, "end");
      return;
    }
    pending.current.domain = clamped;
    if (pending.current.frame) return;
    pending.current.frame = requestAnimationFrame(() => {
      const due = pending.current.domain;
      pending.current = { frame: 0, domain: null };
      if (!due) return;
      // One render per frame, committed before the browser paints it.
      flushSync(() => setGesture({ domain: due, ended: false }));
      latest.current.props.onDomainChange(due, "gesture");
    });
  }, []);

  const zoomBy = useCallback(
    (factor: number, centre?: number) => setDomain(zoomDomain(latest.current.domain, factor, latest.current.props.bounds, centre), "end"),
    [setDomain],
  );

  useEffect(() => {
    const host = hostRef.current!;
    const attached = attachFigureBehaviours(host, {
      get: () => latest.current,
      setDomain,
      zoomBy,
    });
    behaviours.current = attached;
    host.setAttribute("data-ready", "");
    const observer = new ResizeObserver(([entry]) => {
      const next = Math.round(entry?.contentRect.width ?? 0);
      if (next > 0) setWidth((old) => (Math.abs(old - next) >= 1 ? next : old));
    });
    observer.observe(host);
    return () => {
      observer.disconnect();
      attached.destroy();
      host.removeAttribute("data-ready");
      behaviours.current = null;
      cancelAnimationFrame(pending.current.frame);
    };
  }, [setDomain, zoomBy]);

  useEffect(() => {
    behaviours.current?.sync();
  });
  const onWidth = props.onWidth;
  useEffect(() => onWidth?.(width), [onWidth, width]);

  return (
    <div className="figure-frame" data-testid="timeline-chart">
      <div className="figure-toolbar">
        {props.toolbar}
        {scene.calloutOverflow && props.onShowNotes && (
          <button type="button" className="figure-more-notes" onClick={() => props.onShowNotes!(scene.calloutOverflow!.ids)} title="Expert notes in this window without room at this zoom: list them in the reading pane">
            +{scene.calloutOverflow.count} notes
          </button>
        )}
        <div className="figure-zoom" role="group" aria-label="Zoom">
          <button type="button" onClick={() => zoomBy(1 / ZOOM_STEP)} aria-label="Zoom out">
            −
          </button>
          <button type="button" onClick={() => zoomBy(ZOOM_STEP)} aria-label="Zoom in">
            +
          </button>
          <button type="button" onClick={() => setDomain(props.bounds, "end")}>
            Fit all
          </button>
        </div>
      </div>
      <div
        ref={hostRef}
        className="figure-host"
        tabIndex={0}
        role="application"
        aria-roledescription="interactive timeline"
        aria-label={props.title}
        aria-describedby={`${idPrefix}-help`}
        data-marks={scene.marks.length}
        data-canvas={onCanvas || undefined}
      >
        <FigureSvg scene={scene} idPrefix={idPrefix} title={props.title} fluid hideMarks={onCanvas}>
          <HoverLayer scene={scene} idPrefix={idPrefix} links={props.links} hover={props.hover} selectedId={props.selectedId} />
        </FigureSvg>
        {onCanvas && <FigureCanvas scene={scene} />}
        <FigureTooltip scene={scene} hover={props.hover} items={props.items} lanes={props.lanes} host={hostRef} describeNote={props.describeNote} />
        <p id={`${idPrefix}-help`} className="visually-hidden">
          Arrow keys move between events (left and right in time, up and down between lanes). Enter opens the event, Escape clears the selection, plus and minus zoom.
        </p>
        <div className="visually-hidden" aria-live="polite" data-testid="chart-live" />
      </div>
      <span hidden data-drawn={scene.marks.length + scene.clusters.length} />
    </div>
  );
}
