import type { ScaleTime } from "d3-scale";

export interface DensityBin {
  lane: string;
  x: number;
  count: number;
}

/** Overview strip: how many items start in each `binPx`-wide column of each lane. Bounded by width, not by item count. */
export function binDensity(items: readonly { lane: string; start: number; end: number }[], x: ScaleTime<number, number>, binPx: number): DensityBin[] {
  const counts = new Map<string, number>();
  for (const item of items) {
    const column = Math.floor(x((item.start + item.end) / 2) / binPx);
    const key = `${item.lane}\u0000${column}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => {
    const [lane, column] = key.split("\u0000") as [string, string];
    return { lane, x: Number(column) * binPx, count };
  });
}
