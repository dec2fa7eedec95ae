"use client";

import { useState } from "react";
import { downloadBlob, figureToPng, serializeFigure } from "./svg-export";

interface FigureDownloadsProps {
  /** The element whose SVG figures are saved (its chart, not its controls). */
  rootId: string;
  /** File name without extension. */
  name: string;
  className?: string;
}

/** "Figure PNG" (twice the screen size, for print) and "Figure SVG" of what the explorer shows now. */
export function FigureDownloads({ rootId, name, className }: FigureDownloadsProps) {
  const [status, setStatus] = useState("");
  async function save(format: "png" | "svg") {
    const root = document.getElementById(rootId);
    const figure = root && serializeFigure(root);
    if (!figure) {
      setStatus("There is no figure to save in this view.");
      return;
    }
    try {
      const blob = format === "svg" ? new Blob([figure.svg], { type: "image/svg+xml" }) : await figureToPng(figure, 2);
      downloadBlob(`${name}.${format}`, blob);
      setStatus(`Saved ${name}.${format}.`);
    } catch (error) {
      setStatus((error as Error).message);
    }
  }
  return (
    <span className={className}>
      <button type="button" onClick={() => void save("png")}>
        Figure PNG
      </button>
      <button type="button" onClick={() => void save("svg")}>
        Figure SVG
      </button>
      <span className="visually-hidden" aria-live="polite">
        {status}
      </span>
    </span>
  );
}
