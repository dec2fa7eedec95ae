import { readFileSync } from "node:fs";
import path from "node:path";
import type { Story } from "@/lib/schema";

/** The default story as shipped in data/stories.json, for tests to walk. */
export const stories = JSON.parse(readFileSync(path.join(process.cwd(), "data", "stories.json"), "utf8")) as Story[];
export const story = stories[0]!;
export const count = story.steps.length;
