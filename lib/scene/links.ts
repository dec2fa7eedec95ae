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

type Point = { x: number; y: number };

/**
 * One link per pair of events: a→b "triggered" and b→a "response to" say one thing from each end, so
 * they are one curve, read forward in time — from the earlier mark, with its label ("triggered"; two
 * different labels the same way are joined with " · "). A pair linked one way only keeps its direction.
 */
function onePerPair(links: readonly SceneLinkInput[], at: ReadonlyMap<string, Point>): SceneLinkInput[] {
  const pairs = new Map<string, SceneLinkInput[]>();
  for (const link of links) {
    const key = link.from < link.to ? `${link.from}\n${link.to}` : `${link.to}\n${link.from}`;
    const group = pairs.get(key);
    if (group) group.push(link);
    else pairs.set(key, [link]);
  }
  return [...pairs.values()].map((group) => {
    const first = group[0]!;
    const reversed = group.some((link) => link.from !== first.from);
    const [a, b] = [at.get(first.from)!, at.get(first.to)!];
    const from = reversed && b.x < a.x ? first.to : first.from;
    const labels = [...new Set(group.filter((link) => link.from === from).map((link) => link.label))];
    return { from, to: from === first.from ? first.to : first.from, label: labels.join(" · ") };
  });
}

/**
 * The links of the active (hovered or selected) events only, as curves between their marks: across
 * lanes an S-curve, within a lane an arch; one curve per pair of events (onePerPair). Each label takes the
 * first free spot along its curve, clear of marks, labels, callouts and the other link labels; none is
 * drawn on top of anything.
 */
export function layoutLinks(scene: Scene, links: readonly SceneLinkInput[], active: ReadonlySet<string>): SceneLink[] {
  if (active.size === 0) return [];
  const at = new Map<string, Point>(scene.marks.map((mark) => [mark.id, { x: mark.cx, y: mark.y }]));
  for (const cluster of scene.clusters) for (const id of cluster.ids) if (!at.has(id)) at.set(id, { x: cluster.x, y: cluster.y });
  const index = createRectIndex(scene.boxes);
  const size = scene.theme.label.size[0];
  const out: SceneLink[] = [];
  const drawn = links.filter((link) => {
    const a = at.get(link.from);
    const b = at.get(link.to);
    return (active.has(link.from) || active.has(link.to)) && a && b && (a.x !== b.x || a.y !== b.y);
  });
  for (const link of onePerPair(drawn, at)) {
    const a = at.get(link.from)!;
    const b = at.get(link.to)!;
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
