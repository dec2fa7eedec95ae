import type { TimeDomain } from "@/lib/time/scale";

/**
 * Input before hydration. The figure is readable at first paint (the server draws it), but React needs its
 * script before it listens. Until then a tiny inline script (earlyInputSource, written into the page by
 * components/figure/EarlyInput.tsx) keeps what a person does:
 * - wheel, drag and the + / − keys on the figure move a pending window, shown at once by stretching the
 *   plot's layers (the axis and labels follow when React redraws);
 * - a click on a button or a checkbox of the explorer (a filter, the view switch, the zoom buttons) is held
 *   and clicked again once the app listens (React only replays events for what it is already hydrating).
 * When the figure hydrates it takes the pending window (takeEarlyWindow) and commits it as a gesture's
 * end, so the URL records exactly the window then drawn; the explorer then replays the held clicks
 * (replayEarlyClicks). Links, the search form (a plain GET form) and typing work without script anyway.
 */

export interface EarlyInput {
  /** The window the early gestures moved to (ms), or null; stops listening to the figure. */
  takeWindow(): [number, number] | null;
  /** The held clicks' targets, in order; stops holding clicks. */
  takeClicks(): Element[];
}

declare global {
  interface Window {
    __snapshotsEarly?: EarlyInput;
  }
}

/** The window early gestures moved to, once: the figure commits it when it starts listening. */
export function takeEarlyWindow(): TimeDomain | null {
  return typeof window === "undefined" ? null : (window.__snapshotsEarly?.takeWindow() ?? null);
}

/** Clicks held before hydration, clicked again now that the app listens. */
export function replayEarlyClicks(): void {
  if (typeof window === "undefined") return;
  const clicks = window.__snapshotsEarly?.takeClicks() ?? [];
  for (const control of clicks) if (control.isConnected) (control as HTMLElement).click();
}
