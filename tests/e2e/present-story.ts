import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import type { Story } from "@/lib/schema";

/** The default story as shipped in data/stories.json, for tests to walk. */
export const stories = JSON.parse(readFileSync(path.join(process.cwd(), "data", "stories.json"), "utf8")) as Story[];
export const story = stories[0]!;
export const count = story.steps.length;

/** Waits until the slide or presenter page listens for keys (after hydration), so no key press is lost. */
export async function keysReady(page: Page) {
  await expect(page.locator("main[data-keys-ready]")).toBeAttached();
}
