"use client";

import { useCallback, useSyncExternalStore } from "react";
import type { Emitter } from "@/lib/view/emitter";

/** Re-renders only when `test(hovered)` flips, so a hover does not re-render whole panels. */
export function useHovered(hover: Emitter<string | null>, test: (id: string | null) => boolean): boolean {
  const get = useCallback(() => test(hover.get()), [hover, test]);
  return useSyncExternalStore(hover.subscribe, get, () => false);
}
