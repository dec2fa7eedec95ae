import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False on the server and while the page hydrates, true from then on. What a first paint never shows and
 * only a script can use (a closed menu's rows, a drop-down's long option list) is drawn by the browser
 * alone: the server does not render it for every page it writes (issue 18: CPU per page never seen before).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
