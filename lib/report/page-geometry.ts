import type { Paper } from "./report-query";

/** Page margins in mm: top leaves room for the running header, bottom for the page numbers. */
export const MARGIN_MM = { top: 17, right: 15, bottom: 16, left: 15 } as const;

const SIZE_MM: Record<Paper, { short: number; long: number }> = {
  a4: { short: 210, long: 297 },
  letter: { short: 215.9, long: 279.4 },
};

/** Height of the printable area, less 1 mm so rounding never pushes content onto a new page. */
export function contentHeightMm(paper: Paper, landscape: boolean): number {
  const { short, long } = SIZE_MM[paper];
  return Math.floor((landscape ? short : long) - MARGIN_MM.top - MARGIN_MM.bottom - 1);
}

/** Width of the printable area in mm (portrait pages: the running header and footer). */
export function contentWidthMm(paper: Paper): number {
  return SIZE_MM[paper].short - MARGIN_MM.left - MARGIN_MM.right;
}
