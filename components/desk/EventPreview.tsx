"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useMemo, useRef, useState } from "react";
import { FigureSvg } from "@/components/figure/FigureSvg";
import { toTimelineItem, type TimelineItem } from "@/lib/data/items";
import type { Json } from "@/lib/desk/edit";
import type { DeskRefs } from "@/lib/desk/forms";
import { buildScene } from "@/lib/scene/build-scene";
import { eventSchema } from "@/lib/schema";
import { frameEvent } from "@/lib/story/frame";
import { DAY_MS, toIsoDay } from "@/lib/time/partial-date";
import { snapshotMs } from "@/lib/view/snapshot";
import type { WindowResponse } from "@/lib/window/types";
import { createWindowIndex } from "@/lib/window/window-index";

/** How far either side of the event the neighbours are looked for (the frame then takes the nearest). */
const AROUND_MS = 3 * 365 * DAY_MS;
const MONTH_MS = 31 * DAY_MS;

function itemOf(body: Json): TimelineItem | null {
  const parsed = eventSchema.safeParse(body);
  if (!parsed.success) return null;
  try {
    const item = toTimelineItem(parsed.data);
    return Number.isFinite(item.start) && Number.isFinite(item.end) && item.end > item.start ? item : null;
  } catch {
    return null;
  }
}

/**
 * The event as the figure will draw it, among the published events around it: the one scene
 * (lib/scene/build-scene.ts) and the one renderer (FigureSvg), framed as a briefing step frames an
 * event (lib/story/frame.ts). Redrawn as the form changes.
 */
export function EventPreview({ body, refs }: { body: Json; refs: DeskRefs }) {
  const item = useMemo(() => itemOf(body), [body]);
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(720);
  useEffect(() => {
    const node = box.current;
    if (!node) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.max(320, Math.round(entry!.contentRect.width))));
    observer.observe(node);
    return () => observer.disconnect();
  }, []);
  // Whole months either side, so nearby edits share one fetched window.
  const from = item ? Math.floor((item.start - AROUND_MS) / MONTH_MS) * MONTH_MS : 0;
  const to = item ? Math.ceil((item.end + AROUND_MS) / MONTH_MS) * MONTH_MS : 0;
  const around = useQuery({
    queryKey: ["desk-preview-window", from, to],
    queryFn: async () => {
      const response = await fetch(`/api/window?from=${toIsoDay(from)}&to=${toIsoDay(to)}&px=1200`, { headers: { accept: "application/json" } });
      if (!response.ok) throw new Error(`The published events around it did not load (${response.status}).`);
      return (await response.json()) as WindowResponse;
    },
    enabled: item !== null,
    staleTime: 60_000,
  });
  const scene = useMemo(() => {
    if (!item || !around.data) return null;
    const lane = refs.lanes.find((l) => l.id === item.lane);
    if (!lane) return null;
    const items = [...around.data.items.filter((other) => other.id !== item.id), item];
    const laneOrder = refs.lanes.map((l) => l.id);
    const frame = frameEvent({ id: item.id, lane: item.lane, start: item.start, end: item.end }, items, laneOrder, laneOrder);
    const lanes = refs.lanes.filter((l) => frame.lanes.includes(l.id)).map(({ id, label, colour }) => ({ id, label, colour }));
    const latest = [...refs.snapshots].sort((a, b) => (a.asOf < b.asOf ? 1 : -1))[0];
    return buildScene({
      medium: "screen",
      width,
      domain: frame.domain,
      lanes,
      index: createWindowIndex(items, laneOrder, frame.domain),
      clusters: around.data.clusters,
      selectedId: item.id,
      snapshot: latest ? { ms: snapshotMs(latest.asOf), label: latest.title } : null,
    });
  }, [item, around.data, refs.lanes, refs.snapshots, width]);
  return (
    <section className="desk-preview" aria-labelledby="desk-preview-title">
      <h3 id="desk-preview-title">Preview</h3>
      <div ref={box} className="desk-preview-figure">
        {scene ? (
          <FigureSvg scene={scene} idPrefix="desk-preview" title={`Preview: ${item!.title}, ${item!.dateLabel}, among the published events around it`} fluid />
        ) : (
          <p className="desk-hint">{item ? (around.isError ? around.error.message : "Drawing the events around it…") : "The preview appears once every field above and below is valid (the figure draws only a valid event)."}</p>
        )}
      </div>
      {scene ? <p className="desk-hint">Highlighted: this event as it will be drawn, among the published events around it (other drafts are not shown).</p> : null}
    </section>
  );
}
