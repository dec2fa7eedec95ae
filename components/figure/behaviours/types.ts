import type { Scene } from "@/lib/scene/types";
import type { TimeDomain } from "@/lib/time/scale";
import type { WindowCause } from "@/lib/view/window-controller";
import type { InteractiveFigureProps } from "../InteractiveFigure";

/** The figure's window as the behaviours drive it (useFigureWindow, over lib/view/window-controller.ts). */
export interface FigureWindow {
  /** The window drawn now: a gesture's while one is under way, else the committed one. */
  shown(): TimeDomain;
  /** A gesture moved the window (drawn at the next frame, not committed). */
  move(domain: TimeDomain): void;
  /** The gesture ended: its window is committed, rounded as the URL writes it. */
  end(): void;
  /** A discrete change, committed at once. */
  set(domain: TimeDomain, cause: WindowCause): void;
  /** Zoom by `factor` (> 1 zooms in) about `centre` (ms; the middle by default). */
  zoomBy(factor: number, centre?: number): void;
}

/** What every behaviour reads: the figure's nodes, its latest props and scene, and the window. */
export interface FigureContext {
  host: HTMLDivElement;
  svg: SVGSVGElement;
  latest(): { props: InteractiveFigureProps; scene: Scene };
  window: FigureWindow;
}

/** One thing a person does to the figure, attached to nodes React renders. sync() runs after every render. */
export interface Behaviour {
  sync?(): void;
  destroy(): void;
}

export const ZOOM_STEP = 1.6;
