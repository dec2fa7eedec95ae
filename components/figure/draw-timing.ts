import type { Scene } from "@/lib/scene/types";

/**
 * User Timing measures of the explorer's figure, for profiles and `npm run bench`: "snapshots:scene"
 * (building the scene) and "snapshots:draw" (from the start of the scene build to the commit of its
 * SVG, before style, layout and paint). Browser only: the server keeps no timeline.
 */
const started = new WeakMap<Scene, number>();
const inBrowser = () => typeof window !== "undefined" && typeof performance.measure === "function";

export function timedScene(build: () => Scene): Scene {
  if (!inBrowser()) return build();
  const start = performance.now();
  const scene = build();
  performance.measure("snapshots:scene", { start });
  started.set(scene, start);
  return scene;
}

/** Call once the scene's SVG is committed (a layout effect). */
export function measureDraw(scene: Scene): void {
  const start = started.get(scene);
  if (start === undefined) return;
  started.delete(scene);
  performance.measure("snapshots:draw", { start });
}
