import { hitBox } from "./marks";
import type { Scene, SceneMark } from "./types";

/** How far a point is from a mark's drawn shape (0 on or inside it), in scene units. */
function distanceToShape(mark: SceneMark, x: number, y: number): number {
  if (mark.kind === "point") return Math.max(0, Math.hypot(x - mark.cx, y - mark.y) - mark.size);
  const dx = Math.max(mark.x0 - x, 0, x - mark.x1);
  const dy = Math.max(mark.y - mark.size - y, 0, y - mark.y - mark.size);
  return Math.hypot(dx, dy);
}

/**
 * The mark under a point of the scene (scene units): of the marks whose hit box (hitBox, the same
 * target the SVG draws) holds the point, the one whose shape is nearest — so anywhere along a long bar
 * picks the bar, and a dot beside it picks the dot.
 */
export function pickMark(scene: Scene, x: number, y: number): string | null {
  let best: SceneMark | null = null;
  let bestDistance = Infinity;
  for (const mark of scene.marks) {
    const box = hitBox(mark);
    if (x < box.x0 || x > box.x1 || y < box.y0 || y > box.y1) continue;
    const distance = distanceToShape(mark, x, y);
    if (distance < bestDistance) {
      best = mark;
      bestDistance = distance;
    }
  }
  return best?.id ?? null;
}
