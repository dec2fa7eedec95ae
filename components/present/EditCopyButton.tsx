"use client";

import { useRouter } from "next/navigation";
import type { Story } from "@/lib/schema";
import { ADHOC_STORAGE_KEY, encodeAdhocStory } from "@/lib/story/adhoc";

/** Takes a deck someone shared into this browser's Briefing tray, to edit it there (asks before replacing one). */
export function EditCopyButton({ story }: { story: Story }) {
  const router = useRouter();
  function copy() {
    let existing: string | null = null;
    try {
      existing = window.localStorage.getItem(ADHOC_STORAGE_KEY);
    } catch {
      // No storage: nothing to replace, and nothing will be kept either.
    }
    if (existing && !window.confirm("Replace the briefing in your tray with a copy of this one?")) return;
    try {
      window.localStorage.setItem(ADHOC_STORAGE_KEY, encodeAdhocStory(story));
    } catch {
      window.alert("This browser does not let the app keep a briefing (local storage is off or full).");
      return;
    }
    router.push("/");
  }
  return (
    <button type="button" onClick={copy}>
      Edit a copy
    </button>
  );
}
