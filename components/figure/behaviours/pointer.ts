import { pointer } from "d3-selection";
import { intervalDomain } from "@/lib/view/domain";
import { pickMark } from "@/lib/scene/hit";
import type { Behaviour, FigureContext } from "./types";

/**
 * Hover and clicks on the detail: an event (its mark, or on canvas the mark under the pointer), an expert
 * callout, or a count badge, which zooms into its events.
 */
export function attachPointer({ host, svg, latest, window }: FigureContext): Behaviour {
  const eventAt = (event: Event): string | null => {
    // A label stands for its mark: hovering or clicking either is the same.
    const mark = (event.target as Element | null)?.closest?.("[data-event], .mark-label[data-label-for]");
    if (mark) return mark.getAttribute("data-event") ?? mark.getAttribute("data-label-for");
    if (!host.dataset.canvas) return null;
    const [px, py] = pointer(event, svg);
    const scale = svg.viewBox.baseVal.width / svg.getBoundingClientRect().width || 1;
    return pickMark(latest().scene, px * scale, py * scale);
  };

  const onMove = (event: PointerEvent) => {
    const id = eventAt(event);
    const note = (event.target as Element | null)?.closest?.(".callout[data-note]");
    latest().props.hover.set(id ?? (note ? `note:${note.getAttribute("data-note")}` : null));
  };
  const onLeave = () => latest().props.hover.set(null);
  const onClick = (event: MouseEvent) => {
    const { props } = latest();
    const target = event.target as Element | null;
    const note = target?.closest?.(".callout[data-note]");
    const cluster = target?.closest?.(".cluster");
    const id = eventAt(event);
    if (note) props.onSelectNote(note.getAttribute("data-note")!);
    else if (id) props.onSelect(id);
    else if (cluster) window.set(intervalDomain([Number(cluster.getAttribute("data-start")), Number(cluster.getAttribute("data-end"))]), "jump");
  };

  svg.addEventListener("pointermove", onMove);
  svg.addEventListener("pointerleave", onLeave);
  svg.addEventListener("click", onClick);
  return {
    destroy() {
      svg.removeEventListener("pointermove", onMove);
      svg.removeEventListener("pointerleave", onLeave);
      svg.removeEventListener("click", onClick);
    },
  };
}
