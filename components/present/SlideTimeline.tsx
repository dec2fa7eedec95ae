import { FigureSvg } from "@/components/figure/FigureSvg";
import type { TimelineItem } from "@/lib/data/items";
import { buildScene } from "@/lib/scene/build-scene";
import type { Lane } from "@/lib/schema";
import type { TimeDomain } from "@/lib/time/scale";
import { createWindowIndex, type WindowIndex } from "@/lib/window/window-index";

interface SlideTimelineProps {
  items: readonly TimelineItem[];
  lanes: readonly Lane[];
  domain: TimeDomain;
  /** Highlighted events and the number each carries, matching the list beside the chart. */
  numbers: ReadonlyMap<string, number>;
  asOf: { ms: number; label: string };
  title: string;
  /** Width in user units: narrower when the slide shares its width with a quote, so type keeps its size. */
  width?: number;
  /** Unique per slide on a page (previews show several). */
  idPrefix?: string;
}

const indexes = new WeakMap<readonly TimelineItem[], WindowIndex>();

/** The deck's items indexed once, whatever the number of slides and frames that draw them. */
function indexOf(items: readonly TimelineItem[]): WindowIndex {
  let index = indexes.get(items);
  if (!index) {
    const lanes = [...new Set(items.map((item) => item.lane))];
    index = createWindowIndex(items as TimelineItem[], lanes, [0, 1]);
    indexes.set(items, index);
  }
  return index;
}

/** The projector's figure: the one scene in the projector medium — dark and large, the step's events numbered, the rest kept visible behind. */
export function SlideTimeline({ items, lanes, domain, numbers, asOf, title, width = 900, idPrefix = "slide" }: SlideTimelineProps) {
  const scene = buildScene({ medium: "projector", width, domain, lanes, index: indexOf(items), numbers, snapshot: asOf });
  return <FigureSvg scene={scene} idPrefix={idPrefix} title={title} className="slide-timeline" fluid />;
}
