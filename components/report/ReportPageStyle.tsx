import { cssString } from "@/lib/report/css-string";
import { contentHeightMm, contentWidthMm, MARGIN_MM } from "@/lib/report/page-geometry";
import { measureText } from "@/lib/scene/text";
import type { Paper } from "@/lib/report/report-query";

interface ReportPageStyleProps {
  paper: Paper;
  landscapeFigure: boolean;
  title: string;
  period: string;
  footer: string;
  /** The handling mark, centred in the running header and footer of every page. */
  marking?: string | null;
}

const SIZE: Record<Paper, string> = { a4: "A4", letter: "letter" };

/** Paper size, the cover's exact height (so the figure shrinks to fit it), running header and footer (the handling mark centred in both) and "n / N" page numbers, as @page rules the browser's print and the PDF route share. */
export function ReportPageStyle({ paper, landscapeFigure, title, period, footer, marking }: ReportPageStyleProps) {
  const box = "font-family: 'Liberation Sans', Arial, sans-serif; font-size: 7.5pt; color: #52606d;";
  const mark = "font-family: 'Liberation Sans', Arial, sans-serif; font-size: 8.5pt; font-weight: bold; color: #1f2933;";
  // The mark's box is as wide as the mark (8.5 pt bold, by the one measure; px to mm), so the texts beside it wrap, never it.
  const markWidth = marking ? Math.min(contentWidthMm(paper) * 0.6, measureText(marking, (8.5 * 96) / 72, "bold") * 0.2646 + 4).toFixed(1) : "0";
  const marks = marking
    ? `
  @top-center { content: ${cssString(marking)}; ${mark} width: ${markWidth}mm; vertical-align: bottom; padding-bottom: 3mm; }
  @bottom-center { content: ${cssString(marking)}; ${mark} width: ${markWidth}mm; vertical-align: top; padding-top: 3mm; }`
    : "";
  const css = `
@page {
  size: ${SIZE[paper]} portrait;
  margin: ${MARGIN_MM.top}mm ${MARGIN_MM.right}mm ${MARGIN_MM.bottom}mm ${MARGIN_MM.left}mm;
  @top-left { content: ${cssString(title)}; ${box} vertical-align: bottom; padding-bottom: 3mm; }
  @top-right { content: ${cssString(period)}; ${box} vertical-align: bottom; padding-bottom: 3mm; }
  @bottom-left { content: ${cssString(footer)}; ${box} vertical-align: top; padding-top: 3mm; }
  @bottom-right { content: counter(page) " / " counter(pages); ${box} vertical-align: top; padding-top: 3mm; }${marks}
}
@page figure { size: ${SIZE[paper]} ${landscapeFigure ? "landscape" : "portrait"}; }
@media print { .report-cover { height: ${contentHeightMm(paper, landscapeFigure)}mm; } }
`;
  return <style>{css}</style>;
}
