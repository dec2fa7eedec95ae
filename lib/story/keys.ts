import type { DeckCommand } from "./navigation";

export type KeyCommand = DeckCommand | { type: "fullscreen" } | { type: "exit" };

export interface KeyResult {
  command: KeyCommand | null;
  /** Digits typed so far for "number then Enter". */
  digits: string;
}

const NEXT = new Set(["ArrowRight", "ArrowDown", " ", "Spacebar", "PageDown"]);
const PREV = new Set(["ArrowLeft", "ArrowUp", "PageUp"]);

/** Maps a key (KeyboardEvent.key) to a deck command; what a presentation clicker sends included. */
export function readKey(key: string, digits: string): KeyResult {
  if (/^\d$/.test(key)) return { command: null, digits: (digits + key).slice(-4) };
  if (key === "Enter") return { command: digits ? { type: "go", step: Number(digits) } : { type: "next" }, digits: "" };
  if (key === "Backspace") return { command: null, digits: digits.slice(0, -1) };
  if (NEXT.has(key)) return { command: { type: "next" }, digits: "" };
  if (PREV.has(key)) return { command: { type: "prev" }, digits: "" };
  if (key === "Home") return { command: { type: "first" }, digits: "" };
  if (key === "End") return { command: { type: "last" }, digits: "" };
  if (key === "f" || key === "F") return { command: { type: "fullscreen" }, digits: "" };
  if (key === "Escape") return { command: digits ? null : { type: "exit" }, digits: "" };
  return { command: null, digits };
}
