import type { PlacedMark } from "./static-layout";

export interface LabelPlacement {
  id: string;
  title: string;
  x: number;
  y: number;
  anchor: "start" | "end";
}

interface Box {
  x0: number;
  x1: number;
  y: number;
}

const GAP = 4;
const LINE = 12;

/**
 * Chooses which marks get a written title, in priority order: a label goes right of its mark,
 * or left when the right has no room, and never over another mark or label in its row.
 */
export function fitLabels(
  marks: readonly PlacedMark[],
  priority: readonly string[],
  bounds: { x0: number; x1: number },
  charWidth = 6.8,
): LabelPlacement[] {
  const byId = new Map(marks.map((mark) => [mark.item.id, mark]));
  const taken: (Box & { id?: string })[] = marks.map((m) => ({ x0: m.x0, x1: m.x1, y: m.y, id: m.item.id }));
  const clash = (box: Box, own: string) =>
    box.x0 < bounds.x0 || box.x1 > bounds.x1 || taken.some((t) => t.id !== own && Math.abs(t.y - box.y) < LINE && t.x0 < box.x1 + GAP && box.x0 < t.x1 + GAP);
  const placed: LabelPlacement[] = [];
  for (const id of priority) {
    const mark = byId.get(id);
    if (!mark) continue;
    const width = mark.item.title.length * charWidth;
    const right = { x0: mark.x1 + GAP, x1: mark.x1 + GAP + width, y: mark.y };
    const left = { x0: mark.x0 - GAP - width, x1: mark.x0 - GAP, y: mark.y };
    const box = !clash(right, id) ? right : !clash(left, id) ? left : null;
    if (!box) continue;
    taken.push(box);
    placed.push({ id, title: mark.item.title, x: box === right ? box.x0 : box.x1, y: mark.y, anchor: box === right ? "start" : "end" });
  }
  return placed;
}
