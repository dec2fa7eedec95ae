import type { Rect } from "./types";

const CELL = 64;

export function overlaps(a: Rect, b: Rect, gap = 0): boolean {
  return a.x0 < b.x1 + gap && b.x0 < a.x1 + gap && a.y0 < b.y1 && b.y0 < a.y1;
}

/**
 * Rectangles filed in a 64-px grid, so a query looks only at its neighbours: the one collision test
 * behind mark rows, labels, callouts and link labels.
 */
export function createRectIndex(initial: Iterable<Rect> = []) {
  const cells = new Map<number, Rect[]>();
  const keys = (r: Rect, visit: (key: number) => boolean | void) => {
    for (let cx = Math.floor(r.x0 / CELL), cx1 = Math.floor(r.x1 / CELL); cx <= cx1; cx++)
      for (let cy = Math.floor(r.y0 / CELL), cy1 = Math.floor(r.y1 / CELL); cy <= cy1; cy++) if (visit(cx * 100_003 + cy)) return;
  };
  const index = {
    add(rect: Rect) {
      keys(rect, (key) => {
        const list = cells.get(key);
        if (list) list.push(rect);
        else cells.set(key, [rect]);
      });
    },
    /** Whether `rect` overlaps any filed rectangle (closer than `gap` px horizontally counts). */
    hits(rect: Rect, gap = 0, ignore?: (other: Rect) => boolean): boolean {
      let hit = false;
      const probe = { x0: rect.x0 - gap, x1: rect.x1 + gap, y0: rect.y0, y1: rect.y1 };
      keys(probe, (key) => {
        for (const other of cells.get(key) ?? []) if (overlaps(rect, other, gap) && !ignore?.(other)) return (hit = true);
        return false;
      });
      return hit;
    },
  };
  for (const rect of initial) index.add(rect);
  return index;
}

export type RectIndex = ReturnType<typeof createRectIndex>;
