export interface CalloutInput {
  id: string;
  /** Anchor position in px (from the time scale) — the callout's leader line ends here. */
  anchorX: number;
  width: number;
}

export interface PlacedCallout {
  id: string;
  anchorX: number;
  x0: number;
  width: number;
  row: number;
}

interface Span {
  x0: number;
  x1: number;
}

/** Left edges worth trying in one row: the ideal spot, or flush against a neighbour on either side. */
function candidates(ideal: number, width: number, taken: readonly Span[], gap: number): number[] {
  return [ideal, ...taken.flatMap((s) => [s.x1 + gap, s.x0 - gap - width])];
}

/**
 * Callouts in a band of `rows` rows above the lanes. In the order given (put the important ones first),
 * each takes the free spot nearest its anchor in any row (at most `maxShift` px away, default 1.5 widths, so
 * leader lines stay short), and callouts never overlap each other. Those that fit nowhere near are left out rather than drawn on top of each other.
 */
export function placeCallouts(inputs: readonly CalloutInput[], band: { x0: number; x1: number; rows: number; gap?: number; maxShift?: number }): PlacedCallout[] {
  const gap = band.gap ?? 6;
  const rows: Span[][] = Array.from({ length: band.rows }, () => []);
  const placed: PlacedCallout[] = [];
  for (const c of inputs) {
    if (c.anchorX < band.x0 || c.anchorX > band.x1) continue;
    const ideal = Math.min(Math.max(c.anchorX - c.width / 2, band.x0), band.x1 - c.width);
    let best: { row: number; x0: number } | null = null;
    rows.forEach((taken, row) => {
      for (const x0 of candidates(ideal, c.width, taken, gap)) {
        if (x0 < band.x0 || x0 + c.width > band.x1 || Math.abs(x0 - ideal) > (band.maxShift ?? c.width * 1.5)) continue;
        if (taken.some((s) => x0 < s.x1 + gap && s.x0 < x0 + c.width + gap)) continue;
        if (!best || Math.abs(x0 - ideal) < Math.abs(best.x0 - ideal)) best = { row, x0 };
      }
    });
    if (best === null) continue;
    const { row, x0 } = best as { row: number; x0: number };
    rows[row]!.push({ x0, x1: x0 + c.width });
    placed.push({ id: c.id, anchorX: c.anchorX, x0, width: c.width, row });
  }
  return placed;
}
