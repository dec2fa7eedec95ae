"use client";

import { useCallback, useMemo, useSyncExternalStore } from "react";
import type { Story } from "@/lib/schema";
import { ADHOC_STORAGE_KEY, decodeAdhocStory, encodeAdhocStory } from "@/lib/story/adhoc";

const listeners = new Set<() => void>();

function subscribe(onChange: () => void) {
  listeners.add(onChange);
  window.addEventListener("storage", onChange);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener("storage", onChange);
  };
}

function read(): string | null {
  try {
    return window.localStorage.getItem(ADHOC_STORAGE_KEY);
  } catch {
    return null;
  }
}

/** The ad-hoc briefing kept in local storage, shared by every tray and tab of this browser. */
export function useAdhocStory(): [Story, (story: Story) => void] {
  const stored = useSyncExternalStore(subscribe, read, () => null);
  const story = useMemo(() => decodeAdhocStory(stored), [stored]);
  const save = useCallback((next: Story) => {
    try {
      if (next.steps.length === 0) window.localStorage.removeItem(ADHOC_STORAGE_KEY);
      else window.localStorage.setItem(ADHOC_STORAGE_KEY, encodeAdhocStory(next));
    } catch {
      // Storage can be full or disabled; the tray then simply does not persist.
    }
    listeners.forEach((listener) => listener());
  }, []);
  return [story, save];
}
