/**
 * The one binning: time cut into bins whose width is a power of two milliseconds, aligned to the
 * epoch. Bins of one width nest exactly inside the next, so the server's density, its clusters for
 * dense windows, the overview and the figure's count badges all fall on the same grid, and a pan
 * never shifts a bin's edges.
 */

/** The bin width for a window `span` ms wide drawn over `px` pixels, with bins at least `binPx` pixels wide. */
export function binWidthFor(span: number, px: number, binPx: number): number {
  const wanted = Math.max(1, (span / Math.max(1, px)) * binPx);
  return 2 ** Math.ceil(Math.log2(wanted));
}

export function binOf(ms: number, width: number): number {
  return Math.floor(ms / width);
}

/** Groups values into bins by the time `at` gives, in first-seen order within each bin. */
export function binBy<T>(values: Iterable<T>, at: (value: T) => number, width: number): Map<number, T[]> {
  const bins = new Map<number, T[]>();
  for (const value of values) {
    const key = binOf(at(value), width);
    const list = bins.get(key);
    if (list) list.push(value);
    else bins.set(key, [value]);
  }
  return bins;
}
