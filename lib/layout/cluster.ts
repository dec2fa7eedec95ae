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

export interface ClusterOptions {
  /** Marks closer than this (px) belong to the same run. */
  gap: number;
  /** No run grows wider than this (px). */
  maxWidth: number;
  /** Runs with more marks than this become a cluster. */
  capacity: number;
  /** Width of a count badge: badges never overlap each other or a separately drawn mark. */
  badgeWidth: number;
}

function runsOf<T extends ClusterInput>(marks: readonly T[], gap: number, maxWidth: number): MarkGroup<T>[] {
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
  return runs;
}

const centre = (g: { x0: number; x1: number }) => (g.x0 + g.x1) / 2;

/**
 * The first cluster (in input order) whose badge a mark touches: binary search on badge centres, then
 * a short scan over the badges the mark spans, instead of testing every cluster for every mark.
 */
function createBadgeLookup<G extends { x0: number; x1: number }>(clusters: readonly G[], badgeWidth: number) {
  const half = badgeWidth / 2;
  const byCentre = clusters.map((c, index) => ({ c, index, at: centre(c) })).sort((a, b) => a.at - b.at);
  return (mark: { x0: number; x1: number }): G | undefined => {
    let lo = 0;
    let hi = byCentre.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byCentre[mid]!.at + half > mark.x0) hi = mid;
      else lo = mid + 1;
    }
    let best: { c: G; index: number } | undefined;
    for (let i = lo; i < byCentre.length && byCentre[i]!.at - half < mark.x1; i++) if (!best || byCentre[i]!.index < best.index) best = byCentre[i];
    return best?.c;
  };
}

/**
 * Splits marks (sorted by x0) into the ones drawn one by one and count clusters for runs too dense to
 * draw separately. Neighbouring clusters whose badges would touch merge, and single marks under a badge
 * join it, so every badge stands alone.
 */
export function clusterMarks<T extends ClusterInput>(marks: readonly T[], { gap, maxWidth, capacity, badgeWidth }: ClusterOptions) {
  const groups: (MarkGroup<T> & { dense: boolean })[] = [];
  for (const run of runsOf(marks, gap, maxWidth)) {
    const dense = run.items.length > capacity;
    const last = groups.at(-1);
    if (dense && last?.dense && centre(run) - centre(last) < badgeWidth + 4) {
      last.items.push(...run.items);
      last.x1 = Math.max(last.x1, run.x1);
    } else groups.push({ ...run, dense });
  }
  const clusters = groups.filter((g) => g.dense);
  const badgeUnder = createBadgeLookup(clusters, badgeWidth);
  const singles: T[] = [];
  for (const g of groups) {
    if (g.dense) continue;
    for (const mark of g.items) {
      const under = badgeUnder(mark);
      if (under) under.items.push(mark);
      else singles.push(mark);
    }
  }
  return {
    singles,
    clusters: clusters.map((c) => ({
      items: c.items,
      x0: c.x0,
      x1: c.x1,
      start: c.items.reduce((min, m) => Math.min(min, m.start), Infinity),
      end: c.items.reduce((max, m) => Math.max(max, m.end), -Infinity),
    })),
  };
}
