"use client";

import { StaticTimeline } from "@/components/timeline/StaticTimeline";
import type { TimelineChartProps } from "./types";

/** Placeholder until the interactive chart lands: draws the committed window, no gestures. */
export function TimelineChart({ lanes, items, domain, asOf, selectedId }: TimelineChartProps) {
  return (
    <StaticTimeline
      title="Timeline"
      items={items}
      lanes={lanes.map((lane, order) => ({ ...lane, order }))}
      domain={domain}
      asOf={asOf}
      highlight={selectedId ? new Set([selectedId]) : undefined}
    />
  );
}
