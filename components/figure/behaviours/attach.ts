import { attachBrush } from "./brush";
import { attachKeys } from "./keys";
import { attachPointer } from "./pointer";
import type { Behaviour, FigureContext } from "./types";
import { attachZoom } from "./zoom";

/** Zoom, brush, pointer and keys, attached to a hydrated figure. A chunk of its own: the figure imports it once hydrated (d3-zoom, d3-brush, d3-selection and d3-transition are not in the first load). */
export function attachBehaviours(ctx: FigureContext): Behaviour[] {
  return [attachZoom(ctx), attachBrush(ctx), attachPointer(ctx), attachKeys(ctx)];
}
