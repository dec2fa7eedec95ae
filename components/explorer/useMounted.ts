"use client";

import { useSyncExternalStore } from "react";

const noop = () => () => {};

/** false on the server and during hydration, true once the client has taken over. */
export function useMounted(): boolean {
  return useSyncExternalStore(noop, () => true, () => false);
}
