"use client";

import { useSyncExternalStore } from "react";
import { ADHOC_STORAGE_KEY } from "@/lib/story/adhoc-key";

/**
 * Where the ad-hoc briefing is kept: this browser's local storage, shared by every tray and tab. Raw text
 * only (reading it as a story, with its checks, is lib/story/adhoc.ts, loaded with the tray).
 */
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

export function useStoredAdhoc(): string | null {
  return useSyncExternalStore(subscribe, read, () => null);
}

export function writeStoredAdhoc(text: string | null) {
  try {
    if (text === null) window.localStorage.removeItem(ADHOC_STORAGE_KEY);
    else window.localStorage.setItem(ADHOC_STORAGE_KEY, text);
  } catch {
    // Storage can be full or disabled; the tray then simply does not persist.
  }
  listeners.forEach((listener) => listener());
}

/** How many steps the stored briefing has, for the button's badge (without loading the tray). */
export function countStoredSteps(stored: string | null): number {
  try {
    const steps = stored ? (JSON.parse(stored) as { steps?: unknown }).steps : undefined;
    return Array.isArray(steps) ? steps.length : 0;
  } catch {
    return 0;
  }
}
