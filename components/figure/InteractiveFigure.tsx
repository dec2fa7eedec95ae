"use client";

import { lazy, Suspense, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { flushSync } from "react-dom";
import type { TimelineItem } from "@/lib/data/items";
import { buildScene } from "@/lib/scene/build-scene";
import type { Scene, SceneInput, SceneNote } from "@/lib/scene/types";
import type { SceneLinkInput } from "@/lib/scene/links";
import type { TimeDomain } from "@/lib/time/scale";
import { emphasisCss, type Emphasis } from "@/lib/scene/paint";
import { createEmitter, type Emitter } from "@/lib/view/emitter";
import type { WindowCommit } from "@/lib/view/window-controller";
import { createWindowIndex } from "@/lib/window/window-index";
import type { ChartCluster, DensityBins } from "@/lib/window/types";
import { ZOOM_STEP, type Behaviour, type FigureContext } from "./behaviours/types";
import { takeEarlyWindow } from "./early-input";
import { useFigureWindow } from "./useFigureWindow";
import { FigureSvg } from "./FigureSvg";
import { HoverLayer } from "./HoverLayer";
import { CANVAS_MARKS } from "./canvas-marks";
import { measureDraw, timedScene } from "./draw-timing";

// Nothing of the server's HTML, so not first-load script: the tooltip (shown on hover or focus) and the canvas painter
// (windows too dense for SVG, drawn in the browser only) load when the figure first needs them.
const FigureTooltip = lazy(() => import("./FigureTooltip").then((module) => ({ default: module.FigureTooltip })));
const FigureCanvas = lazy(() => import("./FigureCanvas").then((module) => ({ default: module.FigureCanvas })));

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
  /** A window committed by the figure (a gesture's end, a zoom button, a key, a click on a badge or the strip), for the URL. */
  onCommit: (commit: WindowCommit) => void;
  /** The window a gesture in progress shows, each frame; null when it ends. */
  onLive?: (domain: TimeDomain | null) => void;
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
  /** Told each scene once it is drawn (figure downloads paint it again as a file). */
  onScene?: (scene: Scene) => void;
}

const EMPHASIS_CSS = emphasisCss();

/** The element right after the figure: the first paint waits for the parser to reach it (`<link rel=expect>`). */
const FIGURE_DRAWN_ID = "figure-drawn";

const loadBehaviours = () => import("./behaviours/attach");
/**
 * The behaviours' chunk is not in the first load, but it is asked for as soon as this module runs in a
 * browser — while the page hydrates — so the figure listens (and takes the early window) right after
 * hydration rather than a round trip later.
 */
let behavioursChunk: ReturnType<typeof loadBehaviours> | null = typeof window === "undefined" ? null : loadBehaviours();

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
  /** Which marks hover and selection light (the canvas paints them; the SVG has its CSS). */
  const [lit] = useState(() => createEmitter<ReadonlyMap<string, Emphasis> | null>(null));
  const { shown: domain, control } = useFigureWindow({ committed: props.domain, bounds: props.bounds, onCommit: props.onCommit, onLive: props.onLive });
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

  const latest = useRef({ props, scene });
  useLayoutEffect(() => {
    latest.current = { props, scene };
  });
  const onScene = props.onScene;
  useLayoutEffect(() => onScene?.(scene), [onScene, scene]);
  useLayoutEffect(() => measureDraw(scene), [scene]);

  // Zoom, brush, pointer and keys: each attached on its own to the nodes React rendered, all feeding the one window.
  // Their code (d3-zoom, d3-brush and what they bring) loads once the page is hydrated, not before it: until they
  // listen, the page's early-input script keeps wheel, drag and keys, and its window is committed here.
  const behaviours = useRef<Behaviour[]>([]);
  useEffect(() => {
    const host = hostRef.current!;
    let mounted = true;
    behavioursChunk ??= loadBehaviours();
    void behavioursChunk.then(({ attachBehaviours }) => {
      if (!mounted) return;
      const ctx: FigureContext = { host, svg: host.querySelector<SVGSVGElement>("svg.figure")!, latest: () => latest.current, window: control };
      behaviours.current = attachBehaviours(ctx);
      // The early script puts the server's figure back and hands over its window; React draws it in the same
      // task, so no frame shows the old window in between.
      const early = takeEarlyWindow();
      if (early) flushSync(() => control.set(early, "gesture"));
      host.setAttribute("data-ready", "");
    });
    const observer = new ResizeObserver(([entry]) => {
      const next = Math.round(entry?.contentRect.width ?? 0);
      if (next > 0) setWidth((old) => (Math.abs(old - next) >= 1 ? next : old));
    });
    observer.observe(host);
    return () => {
      mounted = false;
      observer.disconnect();
      for (const behaviour of behaviours.current) behaviour.destroy();
      behaviours.current = [];
      host.removeAttribute("data-ready");
    };
  }, [control]);

  useEffect(() => {
    for (const behaviour of behaviours.current) behaviour.sync?.();
  });
  const onWidth = props.onWidth;
  useEffect(() => onWidth?.(width), [onWidth, width]);

  return (
    <div className="figure-frame" data-testid="timeline-chart">
      <style>{EMPHASIS_CSS}</style>
      <div className="figure-toolbar">
        {props.toolbar}
        {scene.calloutOverflow && props.onShowNotes && (
          <button type="button" className="figure-more-notes" onClick={() => props.onShowNotes!(scene.calloutOverflow!.ids)} title="Expert notes in this window without room at this zoom: list them in the reading pane">
            +{scene.calloutOverflow.count} notes
          </button>
        )}
        <div className="figure-zoom" role="group" aria-label="Zoom">
          <button type="button" onClick={() => control.zoomBy(1 / ZOOM_STEP)} aria-label="Zoom out">
            −
          </button>
          <button type="button" onClick={() => control.zoomBy(ZOOM_STEP)} aria-label="Zoom in">
            +
          </button>
          <button type="button" onClick={() => control.set(props.bounds, "jump")}>
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
        data-plot-x0={scene.plot.x0}
        data-plot-x1={scene.plot.x1}
        data-bounds-from={props.bounds[0]}
        data-bounds-to={props.bounds[1]}
        data-canvas={onCanvas || undefined}
      >
        <FigureSvg scene={scene} idPrefix={idPrefix} title={props.title} fluid hideMarks={onCanvas}>
          <HoverLayer scene={scene} idPrefix={idPrefix} links={props.links} hover={props.hover} selectedId={props.selectedId} lit={lit} />
        </FigureSvg>
        <Suspense fallback={null}>
          {onCanvas && <FigureCanvas scene={scene} lit={lit} />}
          <FigureTooltip scene={scene} hover={props.hover} items={props.items} lanes={props.lanes} host={hostRef} describeNote={props.describeNote} />
        </Suspense>
        <p id={`${idPrefix}-help`} className="visually-hidden">
          Arrow keys move between events (left and right in time, up and down between lanes). Enter opens the event, Escape clears the selection, plus and minus zoom.
        </p>
        <div className="visually-hidden" aria-live="polite" data-testid="chart-live" />
      </div>
      <span hidden id={FIGURE_DRAWN_ID} data-drawn={scene.marks.length + scene.clusters.length} />
      {/*
        Hoisted into <head> by React: the browser paints nothing before the figure is parsed. Without it the first frame
        laid out and painted the header alone (the parser yields after its first chunk), and the figure came one
        expensive frame later; with it the first frame is the header and the figure together.
      */}
      <link rel="expect" href={`#${FIGURE_DRAWN_ID}`} blocking="render" />
    </div>
  );
}
