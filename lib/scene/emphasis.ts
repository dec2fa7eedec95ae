import type { Emphasis } from "./paint";

/**
 * Which marks are lit, and how, for what a person points at or has selected: the hovered event, the
 * selected one, the events linked to either, and the events a hovered expert note is anchored to.
 * Null when nothing is lit (no mark fades). The SVG (data attributes and CSS) and the canvas (emphasise)
 * draw the same answer.
 */
export function emphasisOf({ hovered, selected, links, noteEvents }: { hovered: string | null; selected: string | null; links: readonly { from: string; to: string }[]; noteEvents: readonly string[] }): Map<string, Emphasis> | null {
  if (!hovered && !selected && noteEvents.length === 0) return null;
  const lit = new Map<string, Emphasis>();
  for (const link of links) {
    lit.set(link.from, "related");
    lit.set(link.to, "related");
  }
  if (selected) lit.set(selected, "selected");
  if (hovered) lit.set(hovered, "hover");
  for (const id of noteEvents) lit.set(id, "anchor");
  return lit;
}
