"use client";

import { useSyncExternalStore, type ReactNode, type RefObject } from "react";
import type { TimelineItem } from "@/lib/data/items";
import type { Scene, SceneLaneInput } from "@/lib/scene/types";
import type { Emitter } from "@/lib/view/emitter";

interface FigureTooltipProps {
  scene: Scene;
  hover: Emitter<string | null>;
  items: readonly TimelineItem[];
  lanes: readonly SceneLaneInput[];
  host: RefObject<HTMLDivElement | null>;
  /** What a hovered callout shows: the note's full quote, who said it. */
  describeNote?: (id: string) => ReactNode;
}

/** Names what is under the pointer or the keyboard focus at once: the event's title, its date as precise as known, its lane. */
export function FigureTooltip({ scene, hover, items, lanes, host, describeNote }: FigureTooltipProps) {
  const hovered = useSyncExternalStore(hover.subscribe, hover.get, () => null);
  if (!hovered || !host.current) return null;
  const scale = host.current.clientWidth / scene.width || 1;
  if (hovered.startsWith("note:")) {
    const id = hovered.slice(5);
    const callout = scene.callouts.find((c) => c.id === id);
    if (!callout || !describeNote) return null;
    const left = Math.min(callout.box.x0 * scale, host.current.clientWidth - 360);
    return (
      <div className="figure-tooltip figure-tooltip-note" role="tooltip" style={{ left: Math.max(4, left), top: callout.box.y1 * scale + 6 }}>
        {describeNote(id)}
      </div>
    );
  }
  const item = items.find((i) => i.id === hovered);
  const mark = scene.marks.find((m) => m.id === hovered);
  const cluster = mark ? undefined : scene.clusters.find((c) => c.ids.includes(hovered));
  if (!item || (!mark && !cluster)) return null;
  const x = (mark ? mark.cx : cluster!.x) * scale;
  const y = (mark ? mark.y - mark.size : cluster!.y - cluster!.height / 2) * scale;
  const lane = lanes.find((l) => l.id === item.lane);
  const right = x > host.current.clientWidth * 0.6;
  return (
    <div className={right ? "figure-tooltip is-left" : "figure-tooltip"} role="tooltip" style={right ? { right: host.current.clientWidth - x + 8, top: y - 8 } : { left: x + 8, top: y - 8 }}>
      <strong>{item.title}</strong>
      <span className="figure-tooltip-meta">
        <span>{item.dateLabel}</span>
        {lane && (
          <span>
            <span className="swatch" style={{ background: lane.colour }} aria-hidden="true" />
            {lane.label}
          </span>
        )}
      </span>
      {mark?.after && <span className="figure-tooltip-note">After the commentary was written</span>}
      {item.unverified && <span className="figure-tooltip-note">Unverified: rests on a single source</span>}
    </div>
  );
}
