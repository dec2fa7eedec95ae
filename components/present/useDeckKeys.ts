"use client";

import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { readKey, type KeyCommand } from "@/lib/story/keys";

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

const noSubscription = () => () => {};

/**
 * Keys a presentation clicker or a keyboard sends, turned into deck commands. Returns the step
 * number being typed, and whether the keys are live yet (false in the server HTML, before hydration).
 */
export function useDeckKeys(onCommand: (command: KeyCommand) => void): { typed: string; ready: boolean } {
  const ready = useSyncExternalStore(noSubscription, () => true, () => false);
  const digits = useRef("");
  const [typed, setTyped] = useState("");
  const handler = useRef(onCommand);
  useEffect(() => {
    handler.current = onCommand;
  }, [onCommand]);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      // Enter on a focused button or link belongs to that control.
      if (event.key === "Enter" && !digits.current && event.target instanceof HTMLElement && event.target.closest("button, a")) return;
      const result = readKey(event.key, digits.current);
      const consumed = result.command !== null || result.digits !== digits.current;
      digits.current = result.digits;
      setTyped(result.digits);
      if (!consumed) return;
      event.preventDefault();
      if (result.command) handler.current(result.command);
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
  return { typed, ready };
}
