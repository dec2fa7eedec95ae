"use client";

/** Opens the browser's print dialog (Save as PDF is one of its printers). */
export function PrintButton() {
  return (
    <button type="button" className="print-button" onClick={() => window.print()}>
      Print or save as PDF
    </button>
  );
}
