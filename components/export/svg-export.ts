import { FigureSvg } from "@/components/figure/FigureSvg";
import { toSvgMarkup } from "@/components/present/svg-markup";
import type { Scene } from "@/lib/scene/types";

export interface SerializedFigure {
  svg: string;
  width: number;
  height: number;
}

/**
 * The figure on screen as a standalone SVG file: its scene drawn by the one SVG painter (every mark,
 * whether the page shows them as SVG or on a canvas), with no pointer targets and every style an attribute.
 */
export function sceneToSvgFile(scene: Scene, title: string): SerializedFigure {
  const svg = toSvgMarkup(FigureSvg({ scene, idPrefix: "figure", title, file: true }));
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${svg}`, width: scene.width, height: Math.ceil(scene.height) };
}

/** The serialized figure drawn onto a canvas `scale` times its size (2 for print), as a PNG. */
export async function figureToPng({ svg, width, height }: SerializedFigure, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.decoding = "sync";
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error("The figure could not be drawn as an image."));
      image.src = url;
    });
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext("2d")!;
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("No PNG"))), "image/png"));
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function downloadBlob(name: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
