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

function overlaps(a: Rect, b: Rect): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/**
 * Greedy label placement: candidates in priority order each take their first option that overlaps
 * neither an already placed label nor an obstacle (other marks). Returns id → chosen option index.
 */
export function placeLabels(candidates: readonly LabelCandidate[], obstacles: readonly (Rect & { id?: string })[], bounds: { x0: number; x1: number }): Map<string, number> {
  const placed: Rect[] = [];
  const chosen = new Map<string, number>();
  for (const { id, options } of candidates) {
    const index = options.findIndex(
      (rect) =>
        rect.x0 >= bounds.x0 &&
        rect.x1 <= bounds.x1 &&
        !placed.some((other) => overlaps(rect, other)) &&
        !obstacles.some((obstacle) => obstacle.id !== id && overlaps(rect, obstacle)),
    );
    if (index === -1) continue;
    placed.push(options[index]!);
    chosen.set(id, index);
  }
  return chosen;
}
