/**
 * The SVG figures under a root element as one standalone file: every <svg> big enough to be a figure
 * (not an icon), placed as on screen, with the computed styles the page's CSS gave each node written
 * onto it, so the file looks the same opened on its own. Generic on purpose: it knows nothing of how
 * the chart is drawn, only that it is SVG.
 */
const STYLE_PROPS = [
  "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-opacity", "stroke-dasharray", "stroke-linecap", "stroke-linejoin",
  "opacity", "visibility", "display", "font-family", "font-size", "font-weight", "font-style", "letter-spacing", "text-anchor",
  "dominant-baseline", "paint-order", "text-decoration",
] as const;
const MIN_AREA = 80 * 40;
const SVG_NS = "http://www.w3.org/2000/svg";

function inlineStyles(source: Element, target: Element) {
  const computed = getComputedStyle(source);
  const declarations = STYLE_PROPS.map((prop) => [prop, computed.getPropertyValue(prop)] as const)
    .filter(([, value]) => value !== "" && value !== "normal" && value !== "auto")
    .map(([prop, value]) => `${prop}:${value}`);
  if (declarations.length) target.setAttribute("style", declarations.join(";"));
  const from = source.children;
  const to = target.children;
  for (let i = 0; i < from.length && i < to.length; i++) inlineStyles(from[i]!, to[i]!);
}

export interface SerializedFigure {
  svg: string;
  width: number;
  height: number;
}

/** Null when the root holds no figure. */
export function serializeFigure(root: Element, background = "#ffffff"): SerializedFigure | null {
  const svgs = [...root.querySelectorAll("svg")].filter((svg) => {
    const box = svg.getBoundingClientRect();
    return box.width * box.height >= MIN_AREA && !svg.parentElement?.closest("svg");
  });
  if (svgs.length === 0) return null;
  const boxes = svgs.map((svg) => svg.getBoundingClientRect());
  const left = Math.min(...boxes.map((b) => b.left));
  const top = Math.min(...boxes.map((b) => b.top));
  const width = Math.ceil(Math.max(...boxes.map((b) => b.right)) - left);
  const height = Math.ceil(Math.max(...boxes.map((b) => b.bottom)) - top);
  const out = document.createElementNS(SVG_NS, "svg");
  out.setAttribute("xmlns", SVG_NS);
  out.setAttribute("width", String(width));
  out.setAttribute("height", String(height));
  out.setAttribute("viewBox", `0 0 ${width} ${height}`);
  const bg = document.createElementNS(SVG_NS, "rect");
  bg.setAttribute("width", "100%");
  bg.setAttribute("height", "100%");
  bg.setAttribute("fill", background);
  out.appendChild(bg);
  svgs.forEach((svg, i) => {
    const clone = svg.cloneNode(true) as SVGSVGElement;
    inlineStyles(svg, clone);
    const box = boxes[i]!;
    clone.setAttribute("x", String(box.left - left));
    clone.setAttribute("y", String(box.top - top));
    clone.setAttribute("width", String(box.width));
    clone.setAttribute("height", String(box.height));
    // Interaction wiring means nothing in a file.
    clone.querySelectorAll("[tabindex]").forEach((node) => node.removeAttribute("tabindex"));
    out.appendChild(clone);
  });
  return { svg: new XMLSerializer().serializeToString(out), width, height };
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
