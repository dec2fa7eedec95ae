"use client";

import { quadtree, type Quadtree } from "d3-quadtree";
import { useLayoutEffect, useRef } from "react";
import type { Scene, SceneMark } from "@/lib/scene/types";

/** Above this many marks the figure draws them on a canvas: SVG cannot hold 60 fps with thousands of nodes. */
export const CANVAS_MARKS = 400;

const trees = new WeakMap<Scene, Quadtree<SceneMark>>();

/** The mark under a point of the scene (in scene units), found with a quadtree on mark centres. */
export function pickMark(scene: Scene, x: number, y: number): string | null {
  let tree = trees.get(scene);
  if (!tree) {
    tree = quadtree<SceneMark>()
      .x((m) => m.cx)
      .y((m) => m.y)
      .addAll(scene.marks);
    trees.set(scene, tree);
  }
  const found = tree.find(x, y, 8);
  return found ? found.id : null;
}

/** The scene's marks on one canvas over the SVG, from the same scene and the same colours. */
export function FigureCanvas({ scene }: { scene: Scene }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useLayoutEffect(() => {
    const canvas = ref.current;
    const svg = canvas?.parentElement?.querySelector("svg.figure");
    if (!canvas || !svg) return;
    const rect = svg.getBoundingClientRect();
    const ratio = window.devicePixelRatio || 1;
    const scale = rect.width / scene.width;
    canvas.width = Math.round(rect.width * ratio);
    canvas.height = Math.round(rect.height * ratio);
    canvas.style.width = `${rect.width}px`;
    canvas.style.height = `${rect.height}px`;
    const ctx = canvas.getContext("2d")!;
    ctx.setTransform(ratio * scale, 0, 0, ratio * scale, 0, 0);
    ctx.clearRect(0, 0, scene.width, scene.height);
    ctx.save();
    ctx.beginPath();
    ctx.rect(scene.plot.x0 - 8, 0, scene.plot.x1 - scene.plot.x0 + 16, scene.height);
    ctx.clip();
    for (const mark of scene.marks) {
      ctx.globalAlpha = mark.after ? 0.6 : 1;
      ctx.fillStyle = mark.colour;
      ctx.strokeStyle = scene.theme.background;
      ctx.lineWidth = 1;
      ctx.beginPath();
      if (mark.kind === "point") ctx.arc(mark.cx, mark.y, mark.size, 0, Math.PI * 2);
      else ctx.roundRect(mark.x0, mark.y - mark.size, Math.max(2, mark.x1 - mark.x0), mark.size * 2, mark.kind === "bar" ? 2 : mark.size);
      if (mark.kind === "span") ctx.globalAlpha *= 0.45;
      ctx.fill();
      ctx.stroke();
    }
    ctx.restore();
  }, [scene]);
  return <canvas ref={ref} className="figure-canvas" aria-hidden="true" />;
}
