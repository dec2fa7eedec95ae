"use client";

import { useLayoutEffect, useMemo, useRef, useSyncExternalStore } from "react";
import { emphasise, paintMarks, type Emphasis } from "@/lib/scene/paint";
import type { Scene } from "@/lib/scene/types";
import type { Emitter } from "@/lib/view/emitter";
import { paintCanvas } from "./paint-canvas";

const none = () => null;

/**
 * The scene's marks on one canvas over the SVG: the same paint list the SVG draws (hatches, dashed span
 * edges, unverified outlines, the selection), with hover emphasis applied as the SVG's CSS applies it.
 */
export function FigureCanvas({ scene, lit }: { scene: Scene; lit: Emitter<ReadonlyMap<string, Emphasis> | null> }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const lighting = useSyncExternalStore(lit.subscribe, lit.get, none);
  const marks = useMemo(() => paintMarks(scene), [scene]);
  useLayoutEffect(() => {
    const canvas = ref.current;
    const svg = canvas?.parentElement?.querySelector("svg.figure");
    if (!canvas || !svg) return;
    const rect = svg.getBoundingClientRect();
    const ratio = window.devicePixelRatio || 1;
    const scale = rect.width / scene.width;
    const width = Math.round(rect.width * ratio);
    const height = Math.round(rect.height * ratio);
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
      canvas.style.width = `${rect.width}px`;
      canvas.style.height = `${rect.height}px`;
    }
    const ctx = canvas.getContext("2d")!;
    ctx.setTransform(ratio * scale, 0, 0, ratio * scale, 0, 0);
    ctx.clearRect(0, 0, scene.width, scene.height);
    ctx.save();
    ctx.beginPath();
    ctx.rect(scene.plot.x0 - 8, 0, scene.plot.x1 - scene.plot.x0 + 16, scene.height);
    ctx.clip();
    for (const mark of marks.children) {
      if (mark.kind !== "group") continue;
      paintCanvas(ctx, lighting ? emphasise(mark, lighting.get(mark.key!) ?? null) : mark);
    }
    ctx.restore();
  }, [scene, marks, lighting]);
  return <canvas ref={ref} className="figure-canvas" aria-hidden="true" />;
}
