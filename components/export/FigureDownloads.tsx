"use client";

import { useState } from "react";
import type { Scene } from "@/lib/scene/types";

interface FigureDownloadsProps {
  /** The figure drawn now: its scene and its title (null when there is none). */
  figure: () => { scene: Scene; title: string } | null;
  /** File name without extension. */
  name: string;
  className?: string;
}

/** "Figure PNG" (twice the screen size, for print) and "Figure SVG" of what the explorer shows now, drawn from its scene. */
export function FigureDownloads({ figure, name, className }: FigureDownloadsProps) {
  const [status, setStatus] = useState("");
  async function save(format: "png" | "svg") {
    const current = figure();
    if (!current) {
      setStatus("There is no figure to save in this view.");
      return;
    }
    try {
      // The file painter loads on first use.
      const { downloadBlob, figureToPng, sceneToSvgFile } = await import("./svg-export");
      const file = sceneToSvgFile(current.scene, current.title);
      const blob = format === "svg" ? new Blob([file.svg], { type: "image/svg+xml" }) : await figureToPng(file, 2);
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
