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

/**
 * Callouts in a band of `rows` rows above the lanes: each sits as close to its anchor as it can
 * (centred, then pushed right past its neighbours), in the first row with room. Callouts that fit
 * nowhere are left out rather than drawn on top of each other.
 */
export function placeCallouts(inputs: readonly CalloutInput[], band: { x0: number; x1: number; rows: number; gap?: number }): PlacedCallout[] {
  const gap = band.gap ?? 6;
  const rowEnds = Array.from({ length: band.rows }, () => band.x0 - gap);
  const placed: PlacedCallout[] = [];
  const sorted = inputs.filter((c) => c.anchorX >= band.x0 && c.anchorX <= band.x1).sort((a, b) => a.anchorX - b.anchorX || a.id.localeCompare(b.id));
  for (const c of sorted) {
    const ideal = Math.min(Math.max(c.anchorX - c.width / 2, band.x0), band.x1 - c.width);
    // Prefer the row that lets the callout sit nearest its anchor.
    let best: { row: number; x0: number } | null = null;
    for (let row = 0; row < rowEnds.length; row++) {
      const x0 = Math.max(ideal, rowEnds[row]! + gap);
      if (x0 + c.width > band.x1) continue;
      if (!best || Math.abs(x0 - ideal) < Math.abs(best.x0 - ideal)) best = { row, x0 };
    }
    if (!best) continue;
    const { row, x0 } = best;
    rowEnds[row] = x0 + c.width;
    placed.push({ id: c.id, anchorX: c.anchorX, x0, width: c.width, row });
  }
  return placed;
}
