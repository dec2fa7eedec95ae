import { select } from "d3-selection";
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomTransform } from "d3-zoom";
import { constrainTransform, domainToTransform, maxZoom, transformToDomain } from "@/lib/view/domain";
import type { Behaviour, FigureContext } from "./types";

/**
 * Wheel, drag and pinch on the detail (d3-zoom). The transform is relative to the whole bounds drawn across
 * the plot; d3 clamps it through `constrain` with the window rule itself (constrainTransform), so the window
 * d3 holds is always one the figure draws. Zoom events without a sourceEvent come from sync(): ignored.
 */
export function attachZoom({ svg, latest, window }: FigureContext): Behaviour {
  let moved = false;
  const range = (): [number, number] => {
    const { plot } = latest().scene;
    return [plot.x0, plot.x1];
  };
  const bounds = () => latest().props.bounds;
  const toD3 = ({ k, x }: { k: number; x: number }) => zoomIdentity.translate(x, 0).scale(k);
  const domainOf = (transform: ZoomTransform) => transformToDomain(transform, bounds(), range());

  const zoomer = zoom<SVGSVGElement, unknown>()
    .clickDistance(4)
    .filter((event: Event) => {
      // The overview strip belongs to the brush.
      const target = event.target as Element | null;
      if (target?.closest?.(".overview")) return false;
      return (!(event as MouseEvent).ctrlKey || event.type === "wheel") && !(event as MouseEvent).button;
    })
    .constrain((transform) => {
      const constrained = constrainTransform(transform, bounds(), range());
      return constrained === transform ? transform : toD3(constrained);
    })
    .on("zoom", (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      if (!event.sourceEvent) return;
      moved = true;
      window.move(domainOf(event.transform));
    })
    .on("end", (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      if (!event.sourceEvent || !moved) return;
      moved = false;
      window.end();
    });
  select(svg).call(zoomer).on("dblclick.zoom", null);

  function sync() {
    const { scene } = latest();
    const [x0, x1] = range();
    zoomer
      .extent([
        [x0, 0],
        [x1, scene.height],
      ])
      .scaleExtent([1, maxZoom(bounds())])
      .translateExtent([
        [x0, -Infinity],
        [x1, Infinity],
      ]);
    // d3 follows the window drawn (a commit, a key, the brush, the URL), without an event of its own.
    const t = domainToTransform(window.shown(), bounds(), [x0, x1]);
    const current = zoomTransform(svg);
    if (Math.abs(current.k - t.k) > 1e-9 * t.k || Math.abs(current.x - t.x) > 0.01) select(svg).call(zoomer.transform, toD3(t));
  }
  sync();

  return {
    sync,
    destroy: () => void select(svg).on(".zoom", null),
  };
}
