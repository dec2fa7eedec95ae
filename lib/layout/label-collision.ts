export interface Rect {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export interface LabelCandidate {
  id: string;
  /** Where the label would go, tried in order (e.g. right of the mark, then left). */
  options: Rect[];
}

type Tagged = Rect & { id?: string };

const BUCKET = 64;

function overlaps(a: Rect, b: Rect): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** Rectangles filed by 64 px column, so a query looks only at its neighbours: near-linear for thousands of marks. */
function createColumnIndex() {
  const columns = new Map<number, Tagged[]>();
  const span = (r: Rect) => [Math.floor(r.x0 / BUCKET), Math.floor(r.x1 / BUCKET)] as const;
  return {
    add(rect: Tagged) {
      const [a, b] = span(rect);
      for (let c = a; c <= b; c++) {
        const list = columns.get(c);
        if (list) list.push(rect);
        else columns.set(c, [rect]);
      }
    },
    hits(rect: Rect, ownId: string) {
      const [a, b] = span(rect);
      for (let c = a; c <= b; c++) for (const other of columns.get(c) ?? []) if (other.id !== ownId && overlaps(rect, other)) return true;
      return false;
    },
  };
}

/**
 * Greedy label placement: candidates in priority order each take their first option that overlaps
 * neither an already placed label nor an obstacle (other marks). Returns id → chosen option index.
 */
export function placeLabels(candidates: readonly LabelCandidate[], obstacles: readonly Tagged[], bounds: { x0: number; x1: number }): Map<string, number> {
  const taken = createColumnIndex();
  for (const obstacle of obstacles) taken.add(obstacle);
  const chosen = new Map<string, number>();
  for (const { id, options } of candidates) {
    const index = options.findIndex((rect) => rect.x0 >= bounds.x0 && rect.x1 <= bounds.x1 && !taken.hits(rect, id));
    if (index === -1) continue;
    // A placed label blocks every later candidate, including the mark it belongs to (no id).
    taken.add({ ...options[index]! });
    chosen.set(id, index);
  }
  return chosen;
}
