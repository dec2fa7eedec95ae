"use client";

import { useCallback, useMemo } from "react";
import type { Story } from "@/lib/schema";
import { decodeAdhocStory, encodeAdhocStory } from "@/lib/story/adhoc";
import { useStoredAdhoc, writeStoredAdhoc } from "./adhoc-store";

/** The ad-hoc briefing kept in local storage, shared by every tray and tab of this browser. */
export function useAdhocStory(): [Story, (story: Story) => void] {
  const stored = useStoredAdhoc();
  const story = useMemo(() => decodeAdhocStory(stored), [stored]);
  const save = useCallback((next: Story) => writeStoredAdhoc(next.steps.length === 0 ? null : encodeAdhocStory(next)), []);
  return [story, save];
}
