/** The window query's width buckets, without the API's schema (params.ts): the browser asks with them. */

/** Screen widths are rounded up to this step so nearby sizes share a cache entry. */
export const PX_STEP = 200;
export const MAX_PX = 8000;

/** Rounds a pixel width up to its resolution bucket, as the API and the query key use it. */
export function bucketPx(px: number): number {
  const clamped = Math.min(MAX_PX, Math.max(PX_STEP, Number.isFinite(px) ? px : 1200));
  return Math.ceil(clamped / PX_STEP) * PX_STEP;
}
