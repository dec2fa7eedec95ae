import { createRectIndex } from "./rect-index";
import { measureText } from "./text";
import type { Scene } from "./types";

export interface SceneLinkInput {
  from: string;
  to: string;
  /** Read from `from`'s point of view: "led to", "response to", … */
  label: string;
}

export interface SceneLink extends SceneLinkInput {
  d: string;
  /** Where the label is written, at the medium's smallest label size, or null when it found no free spot (the curve is still drawn). */
  text: { x: number; y: number; width: number; size: number } | null;
}

/**
 * The links of the active (hovered or selected) events only, as curves between their marks: across
 * lanes an S-curve, within a lane an arch. Each label takes the first free spot along its curve, clear
 * of marks, labels, callouts and the other link labels; none is drawn on top of anything.
 */
export function layoutLinks(scene: Scene, links: readonly SceneLinkInput[], active: ReadonlySet<string>): SceneLink[] {
  if (active.size === 0) return [];
  const at = new Map(scene.marks.map((mark) => [mark.id, { x: mark.cx, y: mark.y }]));
  for (const cluster of scene.clusters) for (const id of cluster.ids) if (!at.has(id)) at.set(id, { x: cluster.x, y: cluster.y });
  const index = createRectIndex(scene.boxes);
  const size = scene.theme.label.size[0];
  const out: SceneLink[] = [];
  for (const link of links) {
    if (!active.has(link.from) && !active.has(link.to)) continue;
    const a = at.get(link.from);
    const b = at.get(link.to);
    if (!a || !b || (a.x === b.x && a.y === b.y)) continue;
    const same = Math.abs(a.y - b.y) < 1;
    const lift = same ? Math.min(40, 12 + Math.abs(b.x - a.x) / 6) : 0;
    const mx = (a.x + b.x) / 2;
    const d = same ? `M${a.x},${a.y}C${a.x},${a.y - lift} ${b.x},${b.y - lift} ${b.x},${b.y}` : `M${a.x},${a.y}C${mx},${a.y} ${mx},${b.y} ${b.x},${b.y}`;
    const width = measureText(link.label, size) + 4;
    const mid = same ? { x: mx, y: a.y - lift * 0.75 } : { x: mx, y: (a.y + b.y) / 2 };
    const candidates = [0, -14, 14, -28, 28].flatMap((dy) => [0, -0.25, 0.25].map((f) => ({ x: mid.x + f * (b.x - a.x), y: mid.y + dy })));
    let text: SceneLink["text"] = null;
    for (const c of candidates) {
      const box = { x0: c.x - width / 2, x1: c.x + width / 2, y0: c.y - size * 0.7, y1: c.y + size * 0.5 };
      if (box.x0 < scene.plot.x0 || box.x1 > scene.plot.x1 || box.y0 < scene.plot.top || box.y1 > scene.plot.bottom || index.hits(box, 1)) continue;
      index.add(box);
      text = { x: c.x, y: c.y, width, size };
      break;
    }
    out.push({ ...link, d, text });
  }
  return out;
}
