export interface PackInput {
  /** Left and right pixel edges of the mark (plus its label, if it has one). */
  x0: number;
  x1: number;
}

/**
 * Greedy interval packing: each mark takes the first row whose last mark ends
 * `gap` pixels before it starts. Marks past `maxRows` share the least-full row.
 * Input must be sorted by x0; returns a row index per input.
 */
export function packRows(marks: readonly PackInput[], gap: number, maxRows: number): number[] {
  const rowEnds: number[] = [];
  return marks.map(({ x0, x1 }) => {
    let row = rowEnds.findIndex((end) => end + gap <= x0);
    if (row === -1) {
      if (rowEnds.length < maxRows) row = rowEnds.push(-Infinity) - 1;
      else row = rowEnds.indexOf(Math.min(...rowEnds));
    }
    rowEnds[row] = Math.max(rowEnds[row] ?? -Infinity, x1);
    return row;
  });
}
