import type { DensityBins } from "./types";

/** Server density bins regrouped into `binPx`-wide screen columns of the scale `x` (the overview's). */
export function rebinDensity(density: DensityBins, x: (ms: number) => number, binPx: number): { lane: string; x: number; count: number }[] {
  const out: { lane: string; x: number; count: number }[] = [];
  for (const { lane, counts } of density.lanes) {
    const columns = new Map<number, number>();
    counts.forEach((count, i) => {
      if (count === 0) return;
      const column = Math.floor(x(density.start + (i + 0.5) * density.binWidth) / binPx);
      columns.set(column, (columns.get(column) ?? 0) + count);
    });
    for (const [column, count] of columns) out.push({ lane, x: column * binPx, count });
  }
  return out;
}
