export interface ClusterInput {
  id: string;
  x0: number;
  x1: number;
  start: number;
  end: number;
}

export interface MarkGroup<T extends ClusterInput> {
  items: T[];
  x0: number;
  x1: number;
}

/**
 * Splits marks (sorted by x0) into runs whose marks lie within `gap` px of each other, no run wider than
 * `maxWidth` px. Runs with more than `capacity` marks are too dense to draw one by one: they become clusters.
 */
export function clusterMarks<T extends ClusterInput>(marks: readonly T[], { gap, maxWidth, capacity }: { gap: number; maxWidth: number; capacity: number }) {
  const runs: MarkGroup<T>[] = [];
  let run: MarkGroup<T> | null = null;
  for (const mark of marks) {
    if (run && mark.x0 <= run.x1 + gap && Math.max(run.x1, mark.x1) - run.x0 <= maxWidth) {
      run.items.push(mark);
      run.x1 = Math.max(run.x1, mark.x1);
    } else {
      run = { items: [mark], x0: mark.x0, x1: mark.x1 };
      runs.push(run);
    }
  }
  const singles: T[] = [];
  const clusters: (MarkGroup<T> & { start: number; end: number })[] = [];
  for (const r of runs) {
    if (r.items.length <= capacity) singles.push(...r.items);
    else
      clusters.push({
        ...r,
        start: r.items.reduce((min, m) => Math.min(min, m.start), Infinity),
        end: r.items.reduce((max, m) => Math.max(max, m.end), -Infinity),
      });
  }
  return { singles, clusters };
}
