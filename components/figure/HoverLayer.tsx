"use client";

import { useLayoutEffect, useMemo, useRef, useSyncExternalStore } from "react";
import { emphasisOf } from "@/lib/scene/emphasis";
import { layoutLinks, type SceneLinkInput } from "@/lib/scene/links";
import type { Emphasis } from "@/lib/scene/paint";
import type { Scene } from "@/lib/scene/types";
import type { Emitter } from "@/lib/view/emitter";
import { FigureLinks } from "./FigureLinks";

interface HoverLayerProps {
  scene: Scene;
  /** The figure's id prefix: its labels' knockout mask. */
  idPrefix: string;
  links: readonly SceneLinkInput[];
  hover: Emitter<string | null>;
  selectedId: string | null;
  /** Which marks are lit now, for a painter that draws them itself (the canvas). */
  lit?: Emitter<ReadonlyMap<string, Emphasis> | null>;
}

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * What hover and selection add to the figure without re-rendering it: the links of the active events
 * (labelled, never over anything), a ring on the hovered mark, and emphasis on related marks and the
 * callouts anchored to them — set as data attributes that the rendered marks do not own.
 */
export function HoverLayer({ scene, idPrefix, links, hover, selectedId, lit }: HoverLayerProps) {
  const hovered = useSyncExternalStore(hover.subscribe, hover.get, () => null);
  const ref = useRef<SVGGElement>(null);
  const noteId = hovered?.startsWith("note:") ? hovered.slice(5) : null;
  const eventId = hovered && !noteId ? hovered : null;
  const active = useMemo(() => new Set([eventId, selectedId].filter((id): id is string => id !== null)), [eventId, selectedId]);
  const drawn = useMemo(() => layoutLinks(scene, links, active), [scene, links, active]);
  const ring = eventId ? scene.marks.find((mark) => mark.id === eventId) : undefined;
  const ov = scene.overview;
  const markers = ov
    ? scene.marks
        .filter((mark) => active.has(mark.id))
        .map((mark) => {
          const mid = (mark.item.start + mark.item.end) / 2;
          return { id: mark.id, x: ov.x0 + ((mid - ov.bounds[0]) / (ov.bounds[1] - ov.bounds[0])) * (ov.x1 - ov.x0), kind: mark.id === selectedId ? "selected" : "hovered" };
        })
    : [];

  useLayoutEffect(() => {
    const svg = ref.current?.ownerSVGElement;
    if (!svg) return;
    const noteEvents = noteId ? (svg.querySelector(`.callout[data-note="${CSS.escape(noteId)}"]`)?.getAttribute("data-events") ?? "").split(" ").filter(Boolean) : [];
    const lighting = emphasisOf({ hovered: eventId, selected: selectedId, links: drawn, noteEvents });
    lit?.set(lighting);
    // Nothing lit now nor before (every frame of a plain zoom or pan): nothing to clear or set.
    if (!lighting && !noteId && !svg.hasAttribute("data-active")) return;
    for (const el of svg.querySelectorAll("[data-hl]")) el.removeAttribute("data-hl");
    if (!lighting && !noteId) {
      svg.removeAttribute("data-active");
      return;
    }
    svg.setAttribute("data-active", "");
    for (const [id, state] of lighting ?? []) svg.querySelector(`.mark[data-event="${CSS.escape(id)}"]`)?.setAttribute("data-hl", state);
    for (const callout of svg.querySelectorAll(".callout[data-events], .leader[data-note]")) {
      const events = (callout.getAttribute("data-events") ?? "").split(" ");
      const note = callout.getAttribute("data-note");
      if (events.some((id) => active.has(id)) || (noteId && note === noteId)) callout.setAttribute("data-hl", "lit");
    }
  }, [drawn, active, eventId, noteId, selectedId, scene, lit]);

  return (
    <g ref={ref} className="hover-layer">
      <FigureLinks scene={scene} links={drawn} idPrefix={idPrefix} />
      {ov &&
        markers.map((m) => (
          <line key={m.id} className={`ov-marker ${m.kind}`} data-id={m.id} x1={round(m.x)} x2={round(m.x)} y1={ov.y0 + 1} y2={ov.axisY - 9} stroke="#111" strokeWidth={2} />
        ))}
      {ring && (
        <rect className="focus-ring" x={round(ring.x0 - 4)} y={round(ring.y - ring.size - 4)} width={round(ring.x1 - ring.x0 + 8)} height={round(ring.size * 2 + 8)} rx={ring.kind === "point" ? ring.size + 4 : 4} fill="none" />
      )}
    </g>
  );
}
