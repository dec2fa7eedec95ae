import { readFileSync } from "node:fs";
import path from "node:path";
import type { Annotation, Story, TimelineEvent } from "@/lib/schema";
import { encodeShare } from "@/lib/story/share";

const read = <T>(file: string) => JSON.parse(readFileSync(path.join(process.cwd(), "data", file), "utf8")) as T;

/**
 * A shared deck whose step k highlights k events (1 to 12), every other step with a quote, the
 * longest one on the busiest steps: what the slide layout must fit.
 */
export function fitDeck(): { story: Story; encoded: string } {
  const events = read<TimelineEvent[]>("events.json")
    .filter((e) => e.date >= "2024-01-01" && e.date <= "2025-06-30")
    .sort((a, b) => a.date.localeCompare(b.date))
    .slice(0, 12);
  const notes = read<Annotation[]>("annotations.json").sort((a, b) => b.quote.length - a.quote.length);
  const steps = events.map((_, i) => {
    const chosen = events.slice(0, i + 1);
    return {
      title: `${i + 1} highlighted ${i === 0 ? "event" : "events"}, with a title long enough to wrap onto a second line of the slide`,
      summary: "A summary of two sentences, as a briefer writes them. It sits under the title and above the figure.",
      from: `${chosen[0]!.date.slice(0, 7)}-01`,
      to: "2025-07-31",
      events: chosen.map((e) => e.id),
      notes: `Notes for step ${i + 1}.`,
      quotes: i % 2 === 1 ? [notes[i > 6 ? 0 : 3]!.id] : [],
    };
  });
  const story: Story = { id: "fit", title: "Fit test", description: "", steps };
  const shared = encodeShare(story);
  if (!shared.ok) throw new Error(shared.message);
  return { story, encoded: shared.encoded };
}
