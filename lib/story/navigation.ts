/** Step numbers are 1-based, as the URL and the counter show them. */
export function clampStep(step: number, count: number): number {
  if (count < 1) return 1;
  if (!Number.isFinite(step)) return 1;
  return Math.min(Math.max(Math.trunc(step), 1), count);
}

/** Reads `step` from the URL: a whole number, clamped to the story; anything else is step 1. */
export function parseStepParam(value: string | string[] | null | undefined, count: number): number {
  const raw = Array.isArray(value) ? value[0] : value;
  if (typeof raw !== "string" || !/^\s*\d{1,6}\s*$/.test(raw)) return 1;
  return clampStep(Number(raw), count);
}

/** The story with this id, else the first one; null only when there are none. */
export function pickStory<T extends { id: string }>(stories: readonly T[], id: string | string[] | null | undefined): T | null {
  const wanted = Array.isArray(id) ? id[0] : id;
  return stories.find((story) => story.id === wanted) ?? stories[0] ?? null;
}

export type DeckCommand =
  | { type: "next" }
  | { type: "prev" }
  | { type: "first" }
  | { type: "last" }
  | { type: "go"; step: number };

/** Where a command leads from `step` in a story of `count` steps. */
export function applyCommand(step: number, command: DeckCommand, count: number): number {
  switch (command.type) {
    case "next":
      return clampStep(step + 1, count);
    case "prev":
      return clampStep(step - 1, count);
    case "first":
      return 1;
    case "last":
      return clampStep(count, count);
    case "go":
      return clampStep(command.step, count);
  }
}
