import { stepAcrossLanes, stepInTime, type NavItem } from "@/lib/layout/keyboard-nav";
import type { TimeDomain } from "@/lib/time/scale";

interface KeyState {
  /** Shown items in navigation order. */
  order: readonly NavItem[];
  laneIds: readonly string[];
  focusId: string | null;
  domain: TimeDomain;
}

interface KeyActions {
  focus: (id: string | null) => void;
  select: (id: string | null) => void;
  zoom: (factor: number, centre?: number) => void;
}

const ZOOM_STEP = 1.6;

/** The chart's keys: arrows move the focus, Enter selects, Escape clears, + and − zoom. Returns whether it handled the key. */
export function handleChartKey(key: string, state: KeyState, act: KeyActions): boolean {
  const { order, laneIds, focusId, domain } = state;
  const focused = focusId ? order.find((item) => item.id === focusId) : undefined;
  const centre = focused ? (focused.start + focused.end) / 2 : undefined;
  const near = (domain[0] + domain[1]) / 2;
  const inTime = (direction: 1 | -1) => act.focus(stepInTime(order, focusId, direction, domain)?.id ?? focusId);
  const acrossLanes = (direction: 1 | -1) => act.focus(stepAcrossLanes(order, laneIds, focusId, direction, near)?.id ?? focusId);
  const actions: Record<string, () => void> = {
    ArrowRight: () => inTime(1),
    ArrowLeft: () => inTime(-1),
    ArrowDown: () => acrossLanes(1),
    ArrowUp: () => acrossLanes(-1),
    Enter: () => focusId && act.select(focusId),
    Escape: () => act.select(null),
    "+": () => act.zoom(ZOOM_STEP, centre),
    "=": () => act.zoom(ZOOM_STEP, centre),
    "-": () => act.zoom(1 / ZOOM_STEP, centre),
    _: () => act.zoom(1 / ZOOM_STEP, centre),
  };
  const action = actions[key];
  if (!action) return false;
  action();
  return true;
}
