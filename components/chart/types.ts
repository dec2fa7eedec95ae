import type { TimelineItem } from "@/lib/data/items";
import type { TimeDomain } from "@/lib/time/scale";
import type { Emitter } from "@/lib/view/emitter";
import type { NoteAnchor } from "@/lib/view/explorer-data";
import type { ChartCluster, DensityBins } from "@/lib/window/types";

/** The contract between the explorer shell and the chart. Plain, serialisable values only. */
export interface ChartLane {
  id: string;
  label: string;
  colour: string;
}

export interface ChartLink {
  from: string;
  to: string;
  /** Read from `from`'s point of view: "led to", "response to", … */
  label: string;
}

export type ChartAnnotation = NoteAnchor;

export type { ChartCluster } from "@/lib/window/types";

export type DomainPhase = "gesture" | "end";

export interface TimelineChartProps {
  /** Visible lanes, in display order. */
  lanes: ChartLane[];
  /** Events to draw (already filtered by the shell). */
  items: TimelineItem[];
  /** Pre-aggregated bundles for windows too dense to ship item by item (large data sets). */
  clusters?: ChartCluster[];
  /** Per-lane counts over the whole extent for the overview, when `items` holds only the visible window. */
  density?: DensityBins;
  links: ChartLink[];
  annotations: ChartAnnotation[];
  /** Whole data set, for the overview strip and "fit all". */
  extent: TimeDomain;
  /** The committed detail window (from the URL). */
  domain: TimeDomain;
  asOf: { ms: number; label: string };
  hideAfterAsOf: boolean;
  selectedId: string | null;
  selectedAnnotationId: string | null;
  /** Search hits to emphasise. */
  matchIds?: ReadonlySet<string>;
  /** Hovered event id, shared with panels without re-rendering React. */
  hover: Emitter<string | null>;
  /** Called during a gesture ("gesture") and once when it ends ("end"). Never called for prop changes. */
  onDomainChange: (domain: TimeDomain, phase: DomainPhase) => void;
  onSelect: (id: string | null) => void;
  onSelectAnnotation: (id: string) => void;
}
