"use client";

import { useEffect, useId, useLayoutEffect, useRef } from "react";
import { createChartController, type ChartController } from "./chart-controller";
import { ChartLegend } from "./ChartLegend";
import type { TimelineChartProps } from "./types";
import "./chart.css";

/**
 * The interactive linked timeline: lanes on one time scale, an overview with a brush, zoom and pan,
 * links, expert callouts and the snapshot line. React renders the frame; d3 owns the two SVGs.
 */
export function TimelineChart(props: TimelineChartProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  const plotRef = useRef<HTMLDivElement>(null);
  const detailRef = useRef<SVGSVGElement>(null);
  const overviewRef = useRef<SVGSVGElement>(null);
  const liveRef = useRef<HTMLDivElement>(null);
  const controller = useRef<ChartController | null>(null);
  const latest = useRef(props);
  const clipId = `chart-clip-${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const helpId = `${clipId}-help`;

  useLayoutEffect(() => {
    latest.current = props;
    controller.current?.update(props);
  });

  useEffect(() => {
    const el = { root: rootRef.current!, plot: plotRef.current!, detail: detailRef.current!, overview: overviewRef.current!, live: liveRef.current! };
    const chart = createChartController(el, latest.current, clipId);
    controller.current = chart;
    const observer = new ResizeObserver(([entry]) => entry && chart.resize(entry.contentRect.width));
    observer.observe(el.root);
    return () => {
      observer.disconnect();
      chart.destroy();
      controller.current = null;
    };
  }, [clipId]);

  const count = props.items.length;
  return (
    <div ref={rootRef} className="tchart" data-testid="timeline-chart">
      <div className="tchart-toolbar">
        <ChartLegend hideAfterAsOf={props.hideAfterAsOf} asOfLabel={props.asOf.label} />
        <div className="tchart-zoom" role="group" aria-label="Zoom">
          <button type="button" onClick={() => controller.current?.zoomOut()} aria-label="Zoom out">−</button>
          <button type="button" onClick={() => controller.current?.zoomIn()} aria-label="Zoom in">+</button>
          <button type="button" onClick={() => controller.current?.fitAll()}>Fit all</button>
        </div>
      </div>
      <div
        ref={plotRef}
        className="tchart-plot"
        tabIndex={0}
        role="application"
        aria-roledescription="interactive timeline"
        aria-label={`Timeline of ${count} events in ${props.lanes.length} lanes`}
        aria-describedby={helpId}
      >
        <svg ref={detailRef} className="tchart-detail" aria-hidden="true" />
        <svg ref={overviewRef} className="tchart-overview" aria-hidden="true" />
      </div>
      <p id={helpId} className="visually-hidden">
        Arrow keys move between events (left and right in time, up and down between lanes). Enter opens the event, Escape clears the selection, plus and minus zoom.
      </p>
      <div ref={liveRef} className="visually-hidden" aria-live="polite" data-testid="chart-live" />
    </div>
  );
}
