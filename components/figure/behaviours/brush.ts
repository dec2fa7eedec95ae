import { brushSelection, brushX, type D3BrushEvent } from "d3-brush";
import { pointer, select } from "d3-selection";
import { createTimeScale } from "@/lib/time/scale";
import { centreDomain } from "@/lib/view/domain";
import type { Behaviour, FigureContext } from "./types";

/**
 * The overview strip (d3-brush on its empty group): dragging or resizing the selection moves the window;
 * a click outside it centres the window there. Brush events without a sourceEvent come from sync().
 */
export function attachBrush({ svg, latest, window }: FigureContext): Behaviour {
  let brushing = false;
  let attached: { layer: SVGGElement | null; extent: string } = { layer: null, extent: "" };
  /** The window when the brush gesture began: a click outside the selection centres that window, whatever the brush did meanwhile. */
  let before = window.shown();

  const brusher = brushX<unknown>()
    .handleSize(14)
    .on("start brush end", (event: D3BrushEvent<unknown>) => {
      if (!event.sourceEvent) return;
      const ov = latest().scene.overview;
      if (!ov) return;
      if (event.type === "start") {
        brushing = true;
        before = window.shown();
        return;
      }
      brushing = event.type !== "end";
      const x = createTimeScale(ov.bounds, [ov.x0, ov.x1]);
      const selection = event.selection as [number, number] | null;
      if (selection && selection[1] - selection[0] >= 1) {
        window.move([x.invert(selection[0]), x.invert(selection[1])]);
        if (event.type === "end") window.end();
      } else if (event.type === "end") {
        window.set(centreDomain(before, x.invert(pointer(event.sourceEvent, svg)[0])), "jump");
      }
    });

  function sync() {
    const ov = latest().scene.overview;
    const layer = svg.querySelector<SVGGElement>("g.brush");
    if (!ov || !layer) return;
    const g = select(layer);
    // Setting the brush up rewrites its nodes and listeners: only for a new layer or a new extent, not every frame.
    const extent = `${ov.x0},${ov.y0 + 1},${ov.x1},${ov.axisY - 9}`;
    if (attached.layer !== layer || attached.extent !== extent) {
      brusher.extent([
        [ov.x0, ov.y0 + 1],
        [ov.x1, ov.axisY - 9],
      ]);
      g.call(brusher);
      attached = { layer, extent };
    }
    svg.classList.add("has-brush");
    if (brushing) return;
    const want: [number, number] = [ov.window.x0, ov.window.x1];
    const now = brushSelection(layer) as [number, number] | null;
    if (!now || Math.abs(now[0] - want[0]) > 0.5 || Math.abs(now[1] - want[1]) > 0.5) g.call(brusher.move, want);
  }
  sync();

  return {
    sync,
    destroy() {
      const layer = svg.querySelector<SVGGElement>("g.brush");
      if (layer) select(layer).on(".brush", null);
    },
  };
}
