import type { TimelineItem } from "@/lib/data/items";
import { followDomain, sameDomain } from "@/lib/view/domain";
import { sortForNavigation, stepAcrossLanes, stepInTime } from "@/lib/view/keyboard-nav";
import { ZOOM_STEP, type Behaviour, type FigureContext } from "./types";

/**
 * Keys on the focused figure: arrows walk the events (left and right in time, up and down between lanes)
 * and bring the focused one into view, Enter selects it, + and − zoom about it (or the middle).
 */
export function attachKeys({ host, latest, window }: FigureContext): Behaviour {
  const live = host.querySelector<HTMLElement>("[data-testid=chart-live]");
  let focusId: string | null = null;

  function navigationOrder(): TimelineItem[] {
    const { props } = latest();
    return sortForNavigation([...props.items], props.lanes.map((lane) => lane.id));
  }

  function setFocus(id: string | null) {
    focusId = id;
    const { props } = latest();
    const item = id ? props.items.find((i) => i.id === id) : undefined;
    if (item) {
      const shown = window.shown();
      const moved = followDomain(shown, (item.start + item.end) / 2, props.bounds);
      if (!sameDomain(moved, shown)) window.set(moved, "step");
      const lane = props.lanes.find((l) => l.id === item.lane)?.label ?? item.lane;
      if (live) live.textContent = `${item.title}, ${item.dateLabel}, ${lane}`;
    }
    props.hover.set(id);
  }

  const onKey = (event: KeyboardEvent) => {
    if (event.target !== host || event.altKey || event.ctrlKey || event.metaKey) return;
    const { props } = latest();
    const domain = window.shown();
    const order = navigationOrder();
    const laneIds = props.lanes.map((l) => l.id);
    const focused = focusId ? order.find((item) => item.id === focusId) : undefined;
    const centre = focused ? (focused.start + focused.end) / 2 : undefined;
    const near = (domain[0] + domain[1]) / 2;
    const actions: Record<string, () => void> = {
      ArrowRight: () => setFocus(stepInTime(order, focusId, 1, domain)?.id ?? focusId),
      ArrowLeft: () => setFocus(stepInTime(order, focusId, -1, domain)?.id ?? focusId),
      ArrowDown: () => setFocus(stepAcrossLanes(order, laneIds, focusId, 1, near)?.id ?? focusId),
      ArrowUp: () => setFocus(stepAcrossLanes(order, laneIds, focusId, -1, near)?.id ?? focusId),
      Enter: () => focusId && props.onSelect(focusId),
      "+": () => window.zoomBy(ZOOM_STEP, centre),
      "=": () => window.zoomBy(ZOOM_STEP, centre),
      "-": () => window.zoomBy(1 / ZOOM_STEP, centre),
      _: () => window.zoomBy(1 / ZOOM_STEP, centre),
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };
  const onBlur = () => {
    if (focusId) latest().props.hover.set(null);
  };

  host.addEventListener("keydown", onKey);
  host.addEventListener("blur", onBlur);
  return {
    destroy() {
      host.removeEventListener("keydown", onKey);
      host.removeEventListener("blur", onBlur);
    },
  };
}
