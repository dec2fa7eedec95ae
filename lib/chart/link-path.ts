export interface Point {
  x: number;
  y: number;
}

/**
 * A curve from one event to another: across lanes an S-curve, within a lane an arch above the marks.
 * Returns the SVG path and the point where its label goes.
 */
export function linkPath(a: Point, b: Point): { d: string; label: Point } {
  if (Math.abs(a.y - b.y) < 1) {
    const lift = Math.min(40, 12 + Math.abs(b.x - a.x) / 6);
    return { d: `M${a.x},${a.y}C${a.x},${a.y - lift} ${b.x},${b.y - lift} ${b.x},${b.y}`, label: { x: (a.x + b.x) / 2, y: a.y - lift * 0.75 } };
  }
  const mx = (a.x + b.x) / 2;
  return { d: `M${a.x},${a.y}C${mx},${a.y} ${mx},${b.y} ${b.x},${b.y}`, label: { x: mx, y: (a.y + b.y) / 2 } };
}
